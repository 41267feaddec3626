namespace System;

public class ArgumentOutOfRangeException : ArgumentException
{
    public ArgumentOutOfRangeException()
        : base("Specified argument was out of the range of valid values.")
    {
    }

    /// <remarks>As in the BCL, the single string is the parameter name, not the message.</remarks>
    public ArgumentOutOfRangeException(string? paramName)
        : base("Specified argument was out of the range of valid values.")
    {
        ParamName = paramName;
    }

    public ArgumentOutOfRangeException(string? paramName, string? message)
        : base(message)
    {
        ParamName = paramName;
    }

    public string? ParamName { get; }
}
