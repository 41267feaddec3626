namespace System;

public class OverflowException : SystemException
{
    public OverflowException()
        : base("Arithmetic operation resulted in an overflow.")
    {
    }

    public OverflowException(string? message)
        : base(message)
    {
    }
}
