using System.Runtime;

namespace Internal.Runtime.CompilerHelpers;

/// <summary>
/// The allocation and write-barrier entry points ilc-generated code calls. Objects come from
/// <see cref="BumpHeap"/>; with no GC, a write barrier is a plain store.
/// </summary>
internal static unsafe class AllocationExports
{
    [RuntimeExport("RhpNewFast")]
    private static void* NewObject(MethodTable* type)
    {
        byte* instance = BumpHeap.Allocate(type->BaseSize);
        *(MethodTable**)instance = type;
        return instance;
    }

    [RuntimeExport("RhpNewArrayFast")]
    private static void* NewArrayFast(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhpNewPtrArrayFast")]
    private static void* NewPointerArrayFast(MethodTable* type, int length) => NewArray(type, length);

    [RuntimeExport("RhpNewArray")]
    private static void* NewArray(MethodTable* type, int length)
    {
        if (length < 0)
        {
            ThrowHelpers.ThrowOverflowException();
        }
        nuint size = type->BaseSize + (nuint)(uint)length * type->ComponentSize;
        byte* instance = BumpHeap.Allocate(size);
        *(MethodTable**)instance = type;
        *(int*)(instance + 8) = length;
        return instance;
    }

    [RuntimeExport("RhpAssignRef")]
    private static void AssignReference(void** location, void* value) => *location = value;

    [RuntimeExport("RhpCheckedAssignRef")]
    private static void CheckedAssignReference(void** location, void* value) => *location = value;
}
