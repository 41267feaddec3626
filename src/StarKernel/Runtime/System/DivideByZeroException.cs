namespace System;

public class DivideByZeroException : SystemException
{
    public DivideByZeroException()
        : base("Attempted to divide by zero.")
    {
    }

    public DivideByZeroException(string? message)
        : base(message)
    {
    }
}
