using System.Runtime.CompilerServices;
using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;

namespace System.Runtime;

/// <summary>
/// Casting helpers ilc calls for <c>is</c>, <c>as</c>, casts and array element access. Only class
/// hierarchies are understood: a class cast walks the parent chain; a cast to an interface or an
/// array type succeeds only on an exact type match, because the kernel carries no interface maps.
/// </summary>
internal static unsafe class TypeCast
{
    public static object? IsInstanceOfClass(MethodTable* targetType, object? obj)
    {
        if (obj is null)
        {
            return null;
        }
        for (MethodTable* type = obj._methodTable; type != null; type = type->ParentType)
        {
            if (type == targetType)
            {
                return obj;
            }
        }
        return null;
    }

    public static object? IsInstanceOfAny(MethodTable* targetType, object? obj) => IsInstanceOfClass(targetType, obj);

    public static object? IsInstanceOfInterface(MethodTable* targetType, object? obj) =>
        obj is not null && obj._methodTable == targetType ? obj : null;

    public static bool IsInstanceOfException(MethodTable* targetType, object? obj) => IsInstanceOfClass(targetType, obj) is not null;

    public static object? CheckCastClass(MethodTable* targetType, object? obj) => CheckCastAny(targetType, obj);

    public static object? CheckCastClassSpecial(MethodTable* targetType, object? obj) => CheckCastAny(targetType, obj);

    public static object? CheckCastInterface(MethodTable* targetType, object? obj) => CheckCastAny(targetType, obj);

    public static object? CheckCastAny(MethodTable* targetType, object? obj)
    {
        if (obj is not null && IsInstanceOfClass(targetType, obj) is null)
        {
            ThrowHelpers.ThrowInvalidCastException();
        }
        return obj;
    }

    /// <summary>
    /// <c>array[index] = value</c> for reference-typed elements. No covariance check: the kernel
    /// does not store through covariant array views.
    /// </summary>
    public static void StelemRef(object?[] array, nint index, object? value)
    {
        if ((nuint)index >= (uint)array.Length)
        {
            ThrowHelpers.ThrowIndexOutOfRangeException();
        }
        Unsafe.Add(ref Unsafe.As<byte, object?>(ref Unsafe.As<RawArrayData>(array).Data), index) = value;
    }

    public static ref object? LdelemaRef(object?[] array, nint index, MethodTable* elementType)
    {
        if ((nuint)index >= (uint)array.Length)
        {
            ThrowHelpers.ThrowIndexOutOfRangeException();
        }
        return ref Unsafe.Add(ref Unsafe.As<byte, object?>(ref Unsafe.As<RawArrayData>(array).Data), index);
    }
}
