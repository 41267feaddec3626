namespace Internal.Runtime;

/// <summary>
/// Reads ilc's module header (found through the <c>GetHeader</c> stub) and performs the one
/// start-up job the NativeAOT runtime would: giving reference-typed static fields their storage.
/// </summary>
internal static unsafe partial class ReadyToRunModule
{
    private const uint HeaderSignature = 0x00525452; // "RTR"
    private const int GcStaticRegionSectionId = 201;

    // Low bits of a GC static slot's self-relative MethodTable pointer.
    private const nint SlotUninitialized = 1;
    private const nint SlotHasPreinitializedData = 2;
    private const nint SlotFlagsMask = 3;

    /// <summary>
    /// Header layout: uint signature, ushort major, ushort minor, uint flags, ushort section count,
    /// byte entry size, byte entry type; then entries of { int id; int flags; void* start; void* end }.
    /// </summary>
    private static bool TryFindSection(int sectionId, out byte* start, out byte* end)
    {
        byte* header = (byte*)GetHeader();
        start = end = null;
        if (*(uint*)header != HeaderSignature)
        {
            return false;
        }
        ushort count = *(ushort*)(header + 12);
        byte entrySize = header[14];
        byte* entry = header + 16;
        for (int i = 0; i < count; i++, entry += entrySize)
        {
            if (*(int*)entry == sectionId)
            {
                start = *(byte**)(entry + 8);
                end = *(byte**)(entry + 16);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Each GC static region entry is a 32-bit self-relative pointer to an 8-byte slot. An
    /// uninitialised slot holds a self-relative pointer to the static base's MethodTable (flags in
    /// the low bits), optionally followed by one to preinitialised field values; afterwards it must
    /// hold the address of a heap object of that type.
    /// </summary>
    public static void InitializeGcStatics()
    {
        if (!TryFindSection(GcStaticRegionSectionId, out byte* start, out byte* end))
        {
            return;
        }
        for (byte* entry = start; entry < end; entry += sizeof(int))
        {
            nint* slot = (nint*)ReadRelativePointer(entry);
            nint typeAndFlags = (nint)ReadRelativePointer(slot);
            if ((typeAndFlags & SlotUninitialized) == 0)
            {
                continue;
            }
            var type = (MethodTable*)(typeAndFlags & ~SlotFlagsMask);
            byte* instance = BumpHeap.Allocate(type->BaseSize);
            *(MethodTable**)instance = type;
            if ((typeAndFlags & SlotHasPreinitializedData) != 0)
            {
                byte* preinitialized = ReadRelativePointer((int*)slot + 1);
                // Fields start after the MethodTable pointer; BaseSize also counts the object header.
                nuint fieldBytes = type->BaseSize - 16;
                for (nuint i = 0; i < fieldBytes; i++)
                {
                    instance[8 + i] = preinitialized[i];
                }
            }
            *slot = (nint)instance;
        }
    }

    private static byte* ReadRelativePointer(void* at) => (byte*)at + *(int*)at;
}
