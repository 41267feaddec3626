using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Internal.Runtime.CompilerHelpers;

namespace System;

/// <summary>
/// A read-only bounds-checked view. <c>"..."u8</c> literals and <c>static ReadOnlySpan&lt;byte&gt; X =&gt; new byte[]{...}</c>
/// compile to the (void*, int) constructor over data in the image, with no allocation.
/// </summary>
public readonly ref struct ReadOnlySpan<T>
{
    // Internal so MemoryMarshal.GetReference can reach them, as in the BCL.
    internal readonly ref T _reference;
    internal readonly int _length;

    public ReadOnlySpan(T[]? array)
    {
        if (array is null)
        {
            this = default;
            return;
        }
        _reference = ref MemoryMarshal.GetArrayDataReference(array);
        _length = array.Length;
    }

    public ReadOnlySpan(T[]? array, int start, int length)
    {
        if (array is null)
        {
            if (start != 0 || length != 0)
            {
                ThrowHelpers.ThrowArgumentOutOfRangeException();
            }
            this = default;
            return;
        }
        if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)array.Length)
        {
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        }
        _reference = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), start);
        _length = length;
    }

    public unsafe ReadOnlySpan(void* pointer, int length)
    {
        if (length < 0)
        {
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        }
        _reference = ref Unsafe.AsRef<T>(pointer);
        _length = length;
    }

    public ReadOnlySpan(ref readonly T reference)
    {
        _reference = ref Unsafe.AsRef(in reference);
        _length = 1;
    }

    internal ReadOnlySpan(ref T reference, int length)
    {
        _reference = ref reference;
        _length = length;
    }

    public static ReadOnlySpan<T> Empty => default;

    public int Length => _length;

    public bool IsEmpty => _length == 0;

    public ref readonly T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_length)
            {
                ThrowHelpers.ThrowIndexOutOfRangeException();
            }
            return ref Unsafe.Add(ref _reference, (nint)(uint)index);
        }
    }

    public ref readonly T GetPinnableReference() => ref _length != 0 ? ref _reference : ref Unsafe.NullRef<T>();

    public ReadOnlySpan<T> Slice(int start)
    {
        if ((uint)start > (uint)_length)
        {
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        }
        return new ReadOnlySpan<T>(ref Unsafe.Add(ref _reference, (nint)(uint)start), _length - start);
    }

    public ReadOnlySpan<T> Slice(int start, int length)
    {
        if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)_length)
        {
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        }
        return new ReadOnlySpan<T>(ref Unsafe.Add(ref _reference, (nint)(uint)start), length);
    }

    public void CopyTo(Span<T> destination)
    {
        if (!TryCopyTo(destination))
        {
            ThrowHelpers.ThrowArgumentException();
        }
    }

    public bool TryCopyTo(Span<T> destination)
    {
        if (_length > destination.Length)
        {
            return false;
        }
        ref T target = ref destination.GetPinnableReference();
        if (_length == 0)
        {
            return true;
        }
        // Element-wise so that reference-typed elements are stored through the write barrier
        // helper; copy backwards when the destination overlaps the source from above.
        if (Unsafe.IsAddressGreaterThan(ref target, ref _reference) && Unsafe.IsAddressLessThan(ref target, ref Unsafe.Add(ref _reference, _length)))
        {
            for (int i = _length - 1; i >= 0; i--)
            {
                Unsafe.Add(ref target, i) = Unsafe.Add(ref _reference, i);
            }
        }
        else
        {
            for (int i = 0; i < _length; i++)
            {
                Unsafe.Add(ref target, i) = Unsafe.Add(ref _reference, i);
            }
        }
        return true;
    }

    public Enumerator GetEnumerator() => new Enumerator(this);

    public static implicit operator ReadOnlySpan<T>(T[]? array) => new ReadOnlySpan<T>(array);

    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<T> _span;
        private int _index;

        internal Enumerator(ReadOnlySpan<T> span)
        {
            _span = span;
            _index = -1;
        }

        public bool MoveNext()
        {
            int next = _index + 1;
            if (next < _span.Length)
            {
                _index = next;
                return true;
            }
            return false;
        }

        public ref readonly T Current => ref _span[_index];
    }
}
