namespace System;

public struct Nullable<T>
    where T : struct
{
    private readonly bool hasValue;
    internal T value;

    public Nullable(T value)
    {
        this.value = value;
        hasValue = true;
    }

    public readonly bool HasValue => hasValue;

    public readonly T Value
    {
        get
        {
            if (!hasValue)
            {
                Internal.Runtime.CompilerHelpers.ThrowHelpers.ThrowInvalidOperationException();
            }
            return value;
        }
    }

    public readonly T GetValueOrDefault() => value;

    public readonly T GetValueOrDefault(T defaultValue) => hasValue ? value : defaultValue;

    public static implicit operator T?(T value) => new T?(value);

    public static explicit operator T(T? value) => value!.Value;
}
