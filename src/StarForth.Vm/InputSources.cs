namespace StarForth;

/// <summary>
/// The input sources as a stack: the host's line (terminal, -e, a script line), EVALUATE strings, LOAD's blocks, the
/// init file and included files each have their own SOURCE, >IN, SOURCE-ID and line number. Text that is copied in (host
/// lines, file lines, blocks) lives in the fixed input region of the arena, stacked down from
/// <see cref="ArenaLayout.InputTop"/>, never above HERE: a full dictionary cannot block the next line.
/// </summary>
public sealed unsafe class InputSources
{
    /// <summary>Sources nested deeper than this (EVALUATE in EVALUATE ..., INCLUDE in INCLUDE ...) are -259.</summary>
    public const int MaxNesting = 32;

    /// <summary>SOURCE-ID of the host's own input (the terminal, -e, a script line).</summary>
    public const long HostSourceId = 0;

    /// <summary>SOURCE-ID of EVALUATE strings (and of blocks and the init file, which are evaluated text too).</summary>
    public const long StringSourceId = -1;

    private const int ErrorFileNameCapacity = 256;

    private struct Frame
    {
        public long Address;
        public long Length;
        public long SavedToIn;
        public long SourceId;
        public long LineNumber;
        public long TokenStart;
        public long SavedFloor;
    }

    private readonly HostServices host;
    private readonly ThrowState throws;
    private readonly Arena arena;

    private Frame* frames;
    private int depth;
    private long address;
    private long length;
    private long sourceId;
    private long lineNumber;
    private long tokenStart;

    /// <summary>The lowest address used by the stacked lines; the next line goes just below it.</summary>
    private long floor;

    private byte* errorFileName;
    private int errorFileNameLength;

    internal InputSources(HostServices host, ThrowState throws, Arena arena)
    {
        this.host = host;
        this.throws = throws;
        this.arena = arena;
    }

    internal bool Allocate()
    {
        frames = (Frame*)host.Allocate(host.Context, (nuint)(MaxNesting * sizeof(Frame)));
        errorFileName = (byte*)host.Allocate(host.Context, ErrorFileNameCapacity);
        return frames != null && errorFileName != null;
    }

    internal void Release()
    {
        host.FreeBlock(frames);
        host.FreeBlock(errorFileName);
        frames = null;
        errorFileName = null;
    }

    /// <summary>No source and an empty input region.</summary>
    internal void Start() => Reset();

    public long Address => address;

    public long Length => length;

    /// <summary>SOURCE-ID: 0 for host input, -1 for EVALUATE, the file id for an included file.</summary>
    public long SourceId => sourceId;

    /// <summary>How many sources are active; 1 while the host's line is interpreted at the outermost level.</summary>
    public int Depth => depth;

    /// <summary>The current source's line number (1-based) for included files; 0 for others.</summary>
    public long LineNumber => lineNumber;

    /// <summary>Offset of the token being interpreted in the current source (for error columns).</summary>
    public long TokenStart
    {
        get => tokenStart;
        set => tokenStart = value;
    }

    public bool IsFile => sourceId > 0;

    /// <summary>The innermost included file among the active sources (an EVALUATE inside it still counts); 0 for none.</summary>
    public long InnermostFileId
    {
        get
        {
            if (sourceId > 0)
            {
                return sourceId;
            }
            for (int i = depth - 1; i > 0; i--)
            {
                // frames[i] holds what was current before source i+1 was pushed.
                if (frames[i].SourceId > 0)
                {
                    return frames[i].SourceId;
                }
            }
            return 0;
        }
    }

    public long ToIn
    {
        get => arena.FetchCellUnchecked(ArenaLayout.ToInAddress);
        set => arena.StoreCellUnchecked(ArenaLayout.ToInAddress, value);
    }

    /// <summary>TIB: the text of the outermost input source, the line the host handed in (or the one QUERY read).</summary>
    public long TerminalInputAddress => depth <= 1 ? address : frames[1].Address;

    /// <summary>Makes arena text (EVALUATE's string) the current source, where it is; false after -259.</summary>
    public bool PushInPlace(long textAddress, long textLength, long id) => Push(textAddress, textLength, id, floor);

    /// <summary>Copies host bytes into the input region and makes them the current source; false after an error.</summary>
    public bool PushCopy(System.ReadOnlySpan<byte> text, long id)
    {
        long savedFloor = floor;
        long line = Reserve(text.Length);
        if (line < 0)
        {
            return false;
        }
        for (int i = 0; i < text.Length; i++)
        {
            arena.Start[line + i] = text[i];
        }
        return PushReserved(line, text.Length, id, savedFloor);
    }

    /// <summary>Copies arena text (a block LOAD interprets) into the input region and makes it the current source.</summary>
    public bool PushArenaCopy(long textAddress, long textLength, long id)
    {
        long savedFloor = floor;
        long line = Reserve(textLength);
        if (line < 0)
        {
            return false;
        }
        arena.CopyBytes(textAddress, line, textLength);
        return PushReserved(line, textLength, id, savedFloor);
    }

    /// <summary>An included file as the current source: no text until <see cref="ReplaceLine"/> reads its first line.</summary>
    public bool PushFile(long fileId) => Push(floor, 0, fileId, floor);

    private bool PushReserved(long line, long textLength, long id, long savedFloor)
    {
        if (!Push(line, textLength, id, savedFloor))
        {
            floor = savedFloor;
            return false;
        }
        return true;
    }

    private bool Push(long textAddress, long textLength, long id, long savedFloor)
    {
        if (depth >= MaxNesting)
        {
            throws.Raise(ThrowCode.InputNestingTooDeep);
            return false;
        }
        Frame* saved = frames + depth++;
        saved->Address = address;
        saved->Length = length;
        saved->SavedToIn = ToIn;
        saved->SourceId = sourceId;
        saved->LineNumber = lineNumber;
        saved->TokenStart = tokenStart;
        saved->SavedFloor = savedFloor;
        address = textAddress;
        length = textLength;
        sourceId = id;
        lineNumber = 0;
        tokenStart = 0;
        ToIn = 0;
        return true;
    }

    /// <summary>Back to the source that was current before the latest push; its text is where it was.</summary>
    public void Pop()
    {
        if (depth == 0)
        {
            return;
        }
        Frame* saved = frames + --depth;
        floor = saved->SavedFloor;
        address = saved->Address;
        length = saved->Length;
        sourceId = saved->SourceId;
        lineNumber = saved->LineNumber;
        tokenStart = saved->TokenStart;
        ToIn = saved->SavedToIn;
    }

    /// <summary>No sources: what an uncaught error leaves behind.</summary>
    public void Reset()
    {
        depth = 0;
        address = 0;
        length = 0;
        sourceId = HostSourceId;
        lineNumber = 0;
        tokenStart = 0;
        ToIn = 0;
        floor = ArenaLayout.InputTop(arena.Size);
    }

    /// <summary>
    /// Room for the next line of the current source, which replaces its current line (REFILL): the line may use the
    /// region from the floor the source found down to the region's start. Returns its top; 0 with no source.
    /// </summary>
    public long ReplacementTop => depth == 0 ? 0 : frames[depth - 1].SavedFloor;

    /// <summary>The bytes free for a replacement line below <see cref="ReplacementTop"/>.</summary>
    public long ReplacementRoom => depth == 0 ? 0 : ReplacementTop - ArenaLayout.InputRegionStart(arena.Size);

    /// <summary>
    /// Makes <paramref name="textLength"/> bytes at <paramref name="textAddress"/> (inside the input region, below
    /// <see cref="ReplacementTop"/>) the current source's new line: moved up against the top, >IN 0, one line further.
    /// </summary>
    public void ReplaceLine(long textAddress, long textLength)
    {
        long line = (ReplacementTop - textLength) & ~(long)(ArenaLayout.CellSize - 1);
        if (line != textAddress)
        {
            arena.CopyBytes(textAddress, line, textLength);
        }
        floor = line;
        address = line;
        length = textLength;
        lineNumber++;
        tokenStart = 0;
        ToIn = 0;
    }

    /// <summary>QUERY and REFILL of host input: the current source becomes host input (SOURCE-ID 0).</summary>
    public void BecomeHostInput() => sourceId = HostSourceId;

    /// <summary>
    /// Room for a line of <paramref name="textLength"/> bytes below the lines already stacked: returns its (cell-aligned)
    /// address, which becomes the floor, or -1 after -260 when the input region cannot hold it.
    /// </summary>
    private long Reserve(long textLength)
    {
        long line = (floor - textLength) & ~(long)(ArenaLayout.CellSize - 1);
        if (textLength < 0 || line < ArenaLayout.InputRegionStart(arena.Size))
        {
            throws.Raise(ThrowCode.InputLineTooLong);
            return -1;
        }
        floor = line;
        return line;
    }

    // Where the latest error in an included file happened, for the host's FILE:LINE:COL report: the innermost file
    // records it as the error unwinds through its INCLUDE-FILE, and the host reads it once the line has failed.

    /// <summary>The included file an uncaught error happened in; empty when it happened in the host's own line.</summary>
    public System.ReadOnlySpan<byte> ErrorFileName => new System.ReadOnlySpan<byte>(errorFileName, errorFileNameLength);

    public long ErrorLineNumber { get; private set; }

    /// <summary>The THROW code of the recorded error: a place recorded for an error CATCH took does not name another.</summary>
    public long ErrorCode { get; private set; }

    /// <summary>Whether the recorded place belongs to the uncaught error <paramref name="code"/>.</summary>
    public bool HasErrorPlaceFor(long code) => errorFileNameLength > 0 && ErrorCode == code;

    /// <summary>1-based column of the failing token in <see cref="ErrorLineNumber"/>.</summary>
    public long ErrorColumn { get; private set; }

    /// <summary>Records the current file line as the error's place, unless a deeper file recorded it already.</summary>
    internal void NoteErrorInFile(System.ReadOnlySpan<byte> fileName)
    {
        if (HasErrorPlaceFor(throws.Code))
        {
            return;
        }
        int count = fileName.Length < ErrorFileNameCapacity ? fileName.Length : ErrorFileNameCapacity;
        for (int i = 0; i < count; i++)
        {
            errorFileName[i] = fileName[i];
        }
        errorFileNameLength = count;
        ErrorLineNumber = lineNumber;
        ErrorColumn = tokenStart + 1;
        ErrorCode = throws.Code;
    }

    /// <summary>Forgets the recorded place: a new host line starts, or CATCH took the error.</summary>
    public void ClearErrorLocation()
    {
        errorFileNameLength = 0;
        ErrorLineNumber = 0;
        ErrorColumn = 0;
        ErrorCode = 0;
    }
}
