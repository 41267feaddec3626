namespace StarForth;

/// <summary>The ANS Forth THROW codes the VM raises itself (Forth-2012, table 9.1).</summary>
public static class ThrowCode
{
    public const int None = 0;
    public const int Abort = -1;
    public const int AbortQuote = -2;
    public const int StackOverflow = -3;
    public const int StackUnderflow = -4;
    public const int ReturnStackOverflow = -5;
    public const int ReturnStackUnderflow = -6;
    public const int DoLoopsTooDeep = -7;
    public const int DictionaryOverflow = -8;
    public const int InvalidAddress = -9;
    public const int DivisionByZero = -10;
    public const int ResultOutOfRange = -11;
    public const int ArgumentTypeMismatch = -12;
    public const int UndefinedWord = -13;
    public const int CompileOnly = -14;
    public const int InvalidForget = -15;
    public const int ZeroLengthName = -16;
    public const int PicturedOutputOverflow = -17;
    public const int ParsedStringOverflow = -18;
    public const int NameTooLong = -19;
    public const int WriteToReadOnly = -20;
    public const int UnsupportedOperation = -21;
    public const int ControlStructureMismatch = -22;
    public const int AddressAlignment = -23;
    public const int InvalidNumericArgument = -24;
    public const int ReturnStackImbalance = -25;
    public const int LoopParametersUnavailable = -26;
    public const int InvalidRecursion = -27;
    public const int UserInterrupt = -28;
    public const int CompilerNesting = -29;
    public const int Obsolescent = -30;
    public const int BodyOfNonCreatedWord = -31;
    public const int InvalidName = -32;
    public const int BlockRead = -33;
    public const int BlockWrite = -34;
    public const int InvalidBlockNumber = -35;
    public const int InvalidFilePosition = -36;
    public const int FileIo = -37;
    public const int NonExistentFile = -38;
    public const int UnexpectedEndOfFile = -39;
    public const int InvalidFloatBase = -40;
    public const int LossOfPrecision = -41;
    public const int FloatDivisionByZero = -42;
    public const int FloatOutOfRange = -43;
    public const int FloatStackOverflow = -44;
    public const int FloatStackUnderflow = -45;
    public const int FloatInvalidArgument = -46;
    public const int CompilationWordListDeleted = -47;
    public const int InvalidPostpone = -48;
    public const int SearchOrderOverflow = -49;
    public const int SearchOrderUnderflow = -50;
    public const int CompilationWordListChanged = -51;
    public const int NestingTooDeep = -52;
    public const int ExceptionStackOverflow = -53;
    public const int FloatUnderflow = -54;
    public const int FloatUnidentifiedFault = -55;
    public const int Quit = -56;
    public const int CharacterIo = -57;
    public const int ConditionalCompilation = -58;
    public const int AllocateFailed = -59;
    public const int FreeFailed = -60;
    public const int ResizeFailed = -61;
    public const int CloseFileFailed = -62;
    public const int CreateFileFailed = -63;
    public const int DeleteFileFailed = -64;
    public const int FilePositionFailed = -65;
    public const int FileSizeFailed = -66;
    public const int FileStatusFailed = -67;
    public const int FlushFileFailed = -68;
    public const int OpenFileFailed = -69;
    public const int ReadFileFailed = -70;
    public const int ReadLineFailed = -71;
    public const int RenameFileFailed = -72;
    public const int RepositionFileFailed = -73;
    public const int ResizeFileFailed = -74;
    public const int WriteFileFailed = -75;
    public const int WriteLineFailed = -76;
    public const int MalformedXchar = -77;
    public const int SubstituteFailed = -78;
    public const int ReplacesFailed = -79;
    public const int AccessDenied = -256;
    public const int Bye = -257;
    public const int BootstrapHashMismatch = -258;
    public const int InputNestingTooDeep = -259;

    /// <summary>
    /// Not a THROW: the inline loop stopped at a backward branch for <see cref="InnerInterpreter.StopAtPoll"/> (an
    /// interrupt, the step budget or the host's poll), which the inner interpreter settles before anything sees it.
    /// </summary>
    internal const int PollDue = int.MinValue;

    /// <summary>An input line (a host line, a file's line) does not fit in the input region.</summary>
    public const int InputLineTooLong = -260;

    /// <summary>OPEN-FILE and CREATE-FILE: every entry of the VM's file table is in use.</summary>
    public const int TooManyOpenFiles = -261;

    /// <summary>A file name (or the full path the host made of it) longer than the file table keeps.</summary>
    public const int FileNameTooLong = -262;

    /// <summary>The locals stack is full (deep recursion through definitions with locals).</summary>
    public const int LocalsStackOverflow = -263;

    /// <summary>A locals declaration the system cannot take: more than <c>Locals.MaxPerDefinition</c>, a second one, a name too long.</summary>
    public const int InvalidLocals = -264;

    /// <summary>An ior: a heap block header was overwritten, so the heap can no longer be walked.</summary>
    public const int HeapCorrupted = -265;

    /// <summary>A line of host input took more steps than <c>--max-steps</c> allows.</summary>
    public const int StepLimitReached = -266;

    /// <summary>A word list id that no WORDLIST gave out.</summary>
    public const int InvalidWordList = -272;

    /// <summary>A name token that is not the header of a visible word.</summary>
    public const int InvalidNameToken = -273;

    /// <summary>The standard text for a code, as UTF-8 bytes; empty for codes without one.</summary>
    public static System.ReadOnlySpan<byte> Describe(long code)
    {
        switch (code)
        {
            case Abort: return "aborted"u8;
            case AbortQuote: return "aborted"u8;
            case StackOverflow: return "stack overflow"u8;
            case StackUnderflow: return "stack underflow"u8;
            case ReturnStackOverflow: return "return stack overflow"u8;
            case ReturnStackUnderflow: return "return stack underflow"u8;
            case DoLoopsTooDeep: return "do-loops nested too deeply"u8;
            case DictionaryOverflow: return "dictionary overflow"u8;
            case InvalidAddress: return "invalid memory address"u8;
            case DivisionByZero: return "division by zero"u8;
            case ResultOutOfRange: return "result out of range"u8;
            case ArgumentTypeMismatch: return "argument type mismatch"u8;
            case UndefinedWord: return "undefined word"u8;
            case CompileOnly: return "interpreting a compile-only word"u8;
            case InvalidForget: return "invalid FORGET"u8;
            case ZeroLengthName: return "attempt to use zero-length string as a name"u8;
            case PicturedOutputOverflow: return "pictured numeric output string overflow"u8;
            case ParsedStringOverflow: return "parsed string overflow"u8;
            case NameTooLong: return "definition name too long"u8;
            case WriteToReadOnly: return "write to a read-only location"u8;
            case UnsupportedOperation: return "unsupported operation"u8;
            case ControlStructureMismatch: return "control structure mismatch"u8;
            case AddressAlignment: return "address alignment exception"u8;
            case InvalidNumericArgument: return "invalid numeric argument"u8;
            case ReturnStackImbalance: return "return stack imbalance"u8;
            case LoopParametersUnavailable: return "loop parameters unavailable"u8;
            case InvalidRecursion: return "invalid recursion"u8;
            case UserInterrupt: return "user interrupt"u8;
            case CompilerNesting: return "compiler nesting"u8;
            case Obsolescent: return "obsolescent feature"u8;
            case BodyOfNonCreatedWord: return ">BODY used on non-CREATEd definition"u8;
            case InvalidName: return "invalid name argument"u8;
            case BlockRead: return "block read exception"u8;
            case BlockWrite: return "block write exception"u8;
            case InvalidBlockNumber: return "invalid block number"u8;
            case FileIo: return "file I/O exception"u8;
            case NonExistentFile: return "non-existent file"u8;
            case UnexpectedEndOfFile: return "unexpected end of file"u8;
            case SearchOrderOverflow: return "search-order overflow"u8;
            case SearchOrderUnderflow: return "search-order underflow"u8;
            case NestingTooDeep: return "control-flow stack overflow"u8;
            case AllocateFailed: return "ALLOCATE"u8;
            case FreeFailed: return "FREE"u8;
            case ResizeFailed: return "RESIZE"u8;
            case Quit: return "QUIT"u8;
            case InvalidFilePosition: return "invalid file position"u8;
            case InvalidFloatBase: return "invalid BASE for floating point conversion"u8;
            case LossOfPrecision: return "loss of precision"u8;
            case FloatDivisionByZero: return "floating-point divide by zero"u8;
            case FloatOutOfRange: return "floating-point result out of range"u8;
            case FloatStackOverflow: return "floating-point stack overflow"u8;
            case FloatStackUnderflow: return "floating-point stack underflow"u8;
            case FloatInvalidArgument: return "floating-point invalid argument"u8;
            case CompilationWordListDeleted: return "compilation word list deleted"u8;
            case InvalidPostpone: return "invalid POSTPONE"u8;
            case CompilationWordListChanged: return "compilation word list changed"u8;
            case ExceptionStackOverflow: return "exception stack overflow"u8;
            case FloatUnderflow: return "floating-point underflow"u8;
            case FloatUnidentifiedFault: return "floating-point unidentified fault"u8;
            case CharacterIo: return "exception in sending or receiving a character"u8;
            case ConditionalCompilation: return "[IF], [ELSE], or [THEN] exception"u8;
            case CloseFileFailed: return "CLOSE-FILE"u8;
            case CreateFileFailed: return "CREATE-FILE"u8;
            case DeleteFileFailed: return "DELETE-FILE"u8;
            case FilePositionFailed: return "FILE-POSITION"u8;
            case FileSizeFailed: return "FILE-SIZE"u8;
            case FileStatusFailed: return "FILE-STATUS"u8;
            case FlushFileFailed: return "FLUSH-FILE"u8;
            case OpenFileFailed: return "OPEN-FILE"u8;
            case ReadFileFailed: return "READ-FILE"u8;
            case ReadLineFailed: return "READ-LINE"u8;
            case RenameFileFailed: return "RENAME-FILE"u8;
            case RepositionFileFailed: return "REPOSITION-FILE"u8;
            case ResizeFileFailed: return "RESIZE-FILE"u8;
            case WriteFileFailed: return "WRITE-FILE"u8;
            case WriteLineFailed: return "WRITE-LINE"u8;
            case MalformedXchar: return "malformed xchar"u8;
            case SubstituteFailed: return "SUBSTITUTE"u8;
            case ReplacesFailed: return "REPLACES"u8;
            case AccessDenied: return "access denied by word ACL"u8;
            case BootstrapHashMismatch: return "bootstrap dictionary hash mismatch"u8;
            case InputNestingTooDeep: return "input sources nested too deeply"u8;
            case StepLimitReached: return "step limit reached (--max-steps)"u8;
            case InputLineTooLong: return "input line too long for the input region"u8;
            case TooManyOpenFiles: return "too many open files"u8;
            case FileNameTooLong: return "file name too long"u8;
            case InvalidWordList: return "not a word list id"u8;
            case InvalidNameToken: return "not a name token"u8;
            case LocalsStackOverflow: return "locals stack overflow"u8;
            case InvalidLocals: return "invalid locals declaration"u8;
            case HeapCorrupted: return "heap corrupted"u8;
            default: return default;
        }
    }
}
