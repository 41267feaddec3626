namespace System;

/// <summary>
/// Base of all exceptions. There is no unwinder in the kernel: <c>throw</c> reaches the kernel's
/// unhandled-throw handler, which prints <see cref="Message"/> and stops the machine.
/// </summary>
public class Exception
{
    private readonly string? _message;

    public Exception()
    {
    }

    public Exception(string? message) => _message = message;

    public virtual string Message => _message ?? "Exception of an unnamed type was thrown.";
}
