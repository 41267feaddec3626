using System;
using System.Collections.Generic;
using Iced.Intel;
using StarForth.Native;
using static Iced.Intel.AssemblerRegisters;
using F = StarForth.Native.NativeFrame;

namespace StarForth.Stencils;

/// <summary>
/// Every stencil of the native compiler, written as assembly. The register convention (docs/performance.md):
/// rbp the <see cref="NativeFrame"/>, rbx the arena, r12/r13 the data stack's cells and depth, r14/r15 the return
/// stack's cells and depth, rax a copy of the top of the data stack (loads of it are saved; every stencil still
/// writes the cells the interpreter's primitive writes, so the stack memory, above the depth too, is the same as
/// the interpreter leaves it: CATCH can restore a depth and show those cells). The cell below the first is a guard,
/// so an empty stack's top can be loaded and stored without a test. rsi and rdi hold copies of the last recorded
/// word and the count of words executed (the bookkeeping of colon entry). rcx, rdx, r8-r11 are scratch.
/// </summary>
/// <remarks>
/// Every check comes before the first change: a failed check jumps to the cell's exit (<see cref="NativeHoleKind.Cold"/>),
/// and the inner interpreter runs the word again from the unchanged state, raising exactly what it always raises.
/// </remarks>
public static class StencilCatalog
{
    // The VM's table sizes and ACL mode that the call stencil bakes in; StencilCatalogTests checks them against the VM.
    public const int TransitionSlots = 4096;
    public const int TransitionSlotBytes = 16;
    public const int EntropyAfterHeat = 32768 * 8;
    public const int WindowCells = 4096;
    public const int AclModeTtl = 0;

    /// <summary>
    /// How each stencil with data-stack checks changes the depth. These get a second form without those checks
    /// ("...Unchecked"), which the compiler uses where the cells before it already proved the depth and the room, and
    /// those that check both a third with the room check only ("...RoomChecked"), for where only the depth is proved.
    /// </summary>
    private static readonly Dictionary<string, int> DepthChanges = new()
    {
        ["Literal"] = 1,
        ["LiteralPlus"] = 0,
        ["LiteralMinus"] = 0,
        ["LiteralEqual"] = 0,
        ["LiteralLess"] = 0,
        ["LiteralGreater"] = 0,
        ["PushAddress"] = 1,
        ["PushCell"] = 1,
        ["Dup"] = 1,
        ["Drop"] = -1,
        ["Swap"] = 0,
        ["Over"] = 1,
        ["Nip"] = -1,
        ["Rot"] = 0,
        ["MinusRot"] = 0,
        ["TwoDup"] = 2,
        ["TwoDrop"] = -2,
        ["Plus"] = -1,
        ["Minus"] = -1,
        ["Star"] = -1,
        ["And"] = -1,
        ["Or"] = -1,
        ["Xor"] = -1,
        ["OnePlus"] = 0,
        ["OneMinus"] = 0,
        ["TwoStar"] = 0,
        ["TwoSlash"] = 0,
        ["Cells"] = 0,
        ["CellPlus"] = 0,
        ["Negate"] = 0,
        ["Invert"] = 0,
        ["Equal"] = -1,
        ["NotEqual"] = -1,
        ["Less"] = -1,
        ["Greater"] = -1,
        ["ULess"] = -1,
        ["UGreater"] = -1,
        ["ZeroEqual"] = 0,
        ["ZeroNotEqual"] = 0,
        ["ZeroLess"] = 0,
        ["ZeroGreater"] = 0,
        ["Fetch"] = 0,
        ["CFetch"] = 0,
        ["Store"] = -2,
        ["CStore"] = -2,
        ["PlusStore"] = -2,
        ["TwoFetch"] = 1,
        ["TwoStore"] = -3,
        ["ToR"] = -1,
        ["RFrom"] = 1,
        ["RFetch"] = 1,
        ["J"] = 1,
        ["ZeroBranch"] = -1,
        ["ZeroBranchBack"] = -1,
        ["Do"] = -2,
        ["QuestionDo"] = -2,
        ["PlusLoop"] = -1,
    };

    // While a stencil is assembled: the data-stack checks it makes, and whether to leave them out.
    private static int checkedDepth;
    private static int checkedRoom;
    private static bool omitDataChecks;
    private static bool omitDepthCheck;

    /// <summary>The stencils in table order, with the Forth word each runs (or what it is for); the unchecked forms come last.</summary>
    public static IReadOnlyList<Stencil> Build()
    {
        var stencils = new List<Stencil>();
        var bodies = new List<(string Name, string Purpose, Action<Assembler> Body)>();
        void Add(string name, string purpose, Action<Assembler> body)
        {
            checkedDepth = checkedRoom = 0;
            Stencil stencil = Stencil.Assemble(name, purpose, (a, _) => body(a));
            stencils.Add(stencil with { NeedsDepth = checkedDepth, NeedsRoom = checkedRoom, DepthChange = DepthChanges.GetValueOrDefault(name) });
            if (DepthChanges.ContainsKey(name))
            {
                bodies.Add((name, purpose, body));
            }
        }

        stencils.Add(Stencil.Assemble("EnterSystemV", "trampoline: int Run(NativeFrame* frame, void* code), System V ABI", (a, exports) => Trampoline(a, exports, microsoft: false)));
        stencils.Add(Stencil.Assemble("EnterMicrosoft", "trampoline: int Run(NativeFrame* frame, void* code), Microsoft x64 ABI", (a, exports) => Trampoline(a, exports, microsoft: true)));
        Add("ExitAtWord", "a cell's exit: the interpreter runs the word at CellIp", a =>
        {
            a.mov(rdx, Imm64(NativeHoleKind.CellIp));
            a.mov(ecx, (int)NativeExit.AtWord);
            a.jmp(Jump(NativeHoleKind.ExitCommon));
        });
        Add("ExitPoll", "a backward branch's poll exit: the interpreter polls, then goes on at TargetIp", a =>
        {
            a.mov(rdx, Imm64(NativeHoleKind.TargetIp));
            a.mov(ecx, (int)NativeExit.PollDue);
            a.jmp(Jump(NativeHoleKind.ExitCommon));
        });

        Add("Literal", "LIT x", a => { Room(a, 1); a.mov(rax, Imm64(NativeHoleKind.Operand)); Push(a); });
        Add("PushAddress", "a CREATE or VARIABLE word: its body address", a => { Room(a, 1); a.mov(rax, Imm64(NativeHoleKind.Operand)); Push(a); });
        // A literal (LIT x, or a CREATE word's address) and the operation after it, the literal an immediate. The
        // literal's cell above the top is written as LIT leaves it; the checks are LIT's room and the operation's one
        // cell below the literal.
        Add("LiteralPlus", "LIT x +", a => LiteralThen(a, () => a.add(rax, Imm32(NativeHoleKind.Literal32))));
        Add("LiteralMinus", "LIT x -", a => LiteralThen(a, () => a.sub(rax, Imm32(NativeHoleKind.Literal32))));
        Add("LiteralEqual", "LIT x =", a => LiteralThen(a, () => LiteralCompare(a, () => a.sete(al))));
        Add("LiteralLess", "LIT x <", a => LiteralThen(a, () => LiteralCompare(a, () => a.setl(al))));
        Add("LiteralGreater", "LIT x >", a => LiteralThen(a, () => LiteralCompare(a, () => a.setg(al))));
        Add("PushCell", "a CONSTANT or VALUE word: the cell at its body", a =>
        {
            Room(a, 1);
            a.mov(rcx, Imm64(NativeHoleKind.Operand));
            a.mov(rax, __qword_ptr[rbx + rcx]);
            Push(a);
        });

        Add("Dup", "DUP", a => { Need(a, 1); Room(a, 1); Push(a); });
        Add("Drop", "DROP", a => { Need(a, 1); a.dec(r13); Fill(a); });
        Add("Swap", "SWAP", a => { Need(a, 2); a.mov(rcx, Second); a.mov(Second, rax); a.mov(Top, rcx); a.mov(rax, rcx); });
        Add("Over", "OVER", a => { Need(a, 2); Room(a, 1); a.mov(rax, Second); Push(a); });
        Add("Nip", "NIP", a => { Need(a, 2); a.mov(Second, rax); a.dec(r13); });
        Add("Rot", "ROT", a =>
        {
            Need(a, 3);
            a.mov(rcx, Third);
            a.mov(rdx, Second);
            a.mov(Third, rdx);
            a.mov(Second, rax);
            a.mov(Top, rcx);
            a.mov(rax, rcx);
        });
        Add("MinusRot", "-ROT", a =>
        {
            Need(a, 3);
            a.mov(rcx, Third);
            a.mov(rdx, Second);
            a.mov(Third, rax);
            a.mov(Second, rcx);
            a.mov(Top, rdx);
            a.mov(rax, rdx);
        });
        Add("TwoDup", "2DUP", a =>
        {
            Need(a, 2);
            Room(a, 2);
            a.mov(rcx, Second);
            a.mov(__qword_ptr[r12 + r13 * 8], rcx);
            a.mov(__qword_ptr[r12 + r13 * 8 + 8], rax);
            a.add(r13, 2);
        });
        Add("TwoDrop", "2DROP", a => { Need(a, 2); a.sub(r13, 2); Fill(a); });

        Add("Plus", "+", a => Binary(a, () => a.add(rax, Second)));
        Add("Minus", "-", a => Binary(a, () => { a.mov(rcx, Second); a.sub(rcx, rax); a.mov(rax, rcx); }));
        Add("Star", "*", a => Binary(a, () => a.imul(rax, Second)));
        Add("And", "AND", a => Binary(a, () => a.and(rax, Second)));
        Add("Or", "OR", a => Binary(a, () => a.or(rax, Second)));
        Add("Xor", "XOR", a => Binary(a, () => a.xor(rax, Second)));
        Add("OnePlus", "1+", a => Unary(a, () => a.inc(rax)));
        Add("OneMinus", "1-", a => Unary(a, () => a.dec(rax)));
        Add("TwoStar", "2*", a => Unary(a, () => a.shl(rax, 1)));
        Add("TwoSlash", "2/", a => Unary(a, () => a.sar(rax, 1)));
        Add("Cells", "CELLS", a => Unary(a, () => a.shl(rax, 3)));
        Add("CellPlus", "CELL+", a => Unary(a, () => a.add(rax, 8)));
        Add("Negate", "NEGATE", a => Unary(a, () => a.neg(rax)));
        Add("Invert", "INVERT", a => Unary(a, () => a.not(rax)));

        Add("Equal", "=", a => Compare(a, () => a.sete(al)));
        Add("NotEqual", "<>", a => Compare(a, () => a.setne(al)));
        Add("Less", "<", a => Compare(a, () => a.setl(al)));
        Add("Greater", ">", a => Compare(a, () => a.setg(al)));
        Add("ULess", "U<", a => Compare(a, () => a.setb(al)));
        Add("UGreater", "U>", a => Compare(a, () => a.seta(al)));
        Add("ZeroEqual", "0=", a => ZeroCompare(a, () => a.sete(al)));
        Add("ZeroNotEqual", "0<>", a => ZeroCompare(a, () => a.setne(al)));
        Add("ZeroLess", "0<", a => ZeroCompare(a, () => a.setl(al)));
        Add("ZeroGreater", "0>", a => ZeroCompare(a, () => a.setg(al)));

        Add("Fetch", "@", a =>
        {
            Need(a, 1);
            a.cmp(rax, Frame(F.LastCellAddressOffset));
            a.ja(Jump(NativeHoleKind.Cold));
            a.mov(rax, __qword_ptr[rbx + rax]);
            a.mov(Top, rax);
        });
        Add("CFetch", "C@", a =>
        {
            Need(a, 1);
            a.cmp(rax, Frame(F.ArenaSizeOffset));
            a.jae(Jump(NativeHoleKind.Cold));
            a.movzx(eax, __byte_ptr[rbx + rax]);
            a.mov(Top, rax);
        });
        Add("Store", "!", a =>
        {
            Need(a, 2);
            StorableCell(a, rax);
            a.mov(rcx, Second);
            a.mov(__qword_ptr[rbx + rax], rcx);
            a.sub(r13, 2);
            Fill(a);
        });
        Add("CStore", "C!", a =>
        {
            Need(a, 2);
            // A byte store may also reach the 7 bytes after the last whole cell.
            a.mov(rcx, rax);
            a.sub(rcx, Frame(F.SystemAreaEndOffset));
            a.mov(rdx, Frame(F.StorableCellSpanOffset));
            a.add(rdx, 7);
            a.cmp(rcx, rdx);
            a.ja(Jump(NativeHoleKind.Cold));
            a.mov(rcx, Second);
            a.mov(__byte_ptr[rbx + rax], cl);
            a.sub(r13, 2);
            Fill(a);
        });
        Add("PlusStore", "+!", a =>
        {
            Need(a, 2);
            StorableCell(a, rax);
            a.mov(rcx, Second);
            a.add(__qword_ptr[rbx + rax], rcx);
            a.sub(r13, 2);
            Fill(a);
        });
        Add("TwoFetch", "2@", a =>
        {
            Need(a, 1);
            Room(a, 1);
            a.cmp(rax, Frame(F.LastCellAddressOffset));
            a.ja(Jump(NativeHoleKind.Cold));
            a.lea(rcx, __qword_ptr[rax + 8]);
            a.cmp(rcx, Frame(F.LastCellAddressOffset));
            a.ja(Jump(NativeHoleKind.Cold));
            a.mov(rcx, __qword_ptr[rbx + rax + 8]);
            a.mov(rax, __qword_ptr[rbx + rax]);
            a.mov(Top, rcx);
            Push(a);
        });
        Add("TwoStore", "2!", a =>
        {
            Need(a, 3);
            StorableCell(a, rax);
            a.lea(rcx, __qword_ptr[rax + 8]);
            a.cmp(rcx, Frame(F.LastCellAddressOffset));
            a.ja(Jump(NativeHoleKind.Cold));
            a.mov(rcx, Second);
            a.mov(__qword_ptr[rbx + rax], rcx);
            a.mov(rcx, Third);
            a.mov(__qword_ptr[rbx + rax + 8], rcx);
            a.sub(r13, 3);
            Fill(a);
        });

        Add("ToR", ">R", a =>
        {
            Need(a, 1);
            ReturnRoom(a, 1);
            a.mov(__qword_ptr[r14 + r15 * 8], rax);
            a.inc(r15);
            a.dec(r13);
            Fill(a);
        });
        Add("RFrom", "R>", a => { ReturnNeed(a, 1); Room(a, 1); a.dec(r15); a.mov(rax, __qword_ptr[r14 + r15 * 8]); Push(a); });
        Add("RFetch", "R@ and I", a => { ReturnNeed(a, 1); Room(a, 1); a.mov(rax, __qword_ptr[r14 + r15 * 8 - 8]); Push(a); });
        Add("J", "J", a => { ReturnNeed(a, 4); Room(a, 1); a.mov(rax, __qword_ptr[r14 + r15 * 8 - 32]); Push(a); });
        Add("Unloop", "UNLOOP", a => { ReturnNeed(a, 3); a.sub(r15, 3); });
        Add("Exit", "EXIT: returns to the native caller, or through the trampoline (rdx = the popped instruction pointer)", a =>
        {
            ReturnNeed(a, 1);
            a.dec(r15);
            a.mov(rdx, __qword_ptr[r14 + r15 * 8]);
            a.ret();
        });

        Add("Branch", "(BRANCH) forward", a => a.jmp(Jump(NativeHoleKind.Target)));
        Add("BranchBack", "(BRANCH) backward: polls", a => PollThenJump(a));
        Add("ZeroBranch", "(0BRANCH) forward", a =>
        {
            Need(a, 1);
            a.mov(rcx, rax);
            a.dec(r13);
            Fill(a);
            a.test(rcx, rcx);
            a.je(Jump(NativeHoleKind.Target));
        });
        Add("ZeroBranchBack", "(0BRANCH) backward: polls when taken", a =>
        {
            Need(a, 1);
            a.mov(rcx, rax);
            a.dec(r13);
            Fill(a);
            a.test(rcx, rcx);
            Label fallThrough = a.CreateLabel();
            a.jne(fallThrough);
            PollThenJump(a);
            a.Label(ref fallThrough);
            a.nop();
        });
        Add("Do", "(DO): Operand = the loop's exit address", a =>
        {
            Need(a, 2);
            ReturnRoom(a, 3);
            PushLoopFrame(a);
        });
        Add("QuestionDo", "(?DO): Operand = the loop's exit address, Target = its native code", a =>
        {
            Need(a, 2);
            ReturnRoom(a, 3); // checked on both paths, so that every check comes first (a full return stack then lets the interpreter decide)
            Label enter = a.CreateLabel();
            a.cmp(rax, Second);
            a.jne(enter);
            a.sub(r13, 2);
            Fill(a);
            a.jmp(Jump(NativeHoleKind.Target));
            a.Label(ref enter);
            PushLoopFrame(a);
        });
        Add("Loop", "(LOOP) backward: the loop ends when index + 1 reaches the limit", a =>
        {
            ReturnNeed(a, 3);
            Label done = a.CreateLabel();
            a.mov(rcx, __qword_ptr[r14 + r15 * 8 - 8]);
            a.inc(rcx);
            a.cmp(rcx, __qword_ptr[r14 + r15 * 8 - 16]);
            a.je(done);
            a.mov(__qword_ptr[r14 + r15 * 8 - 8], rcx);
            PollThenJump(a);
            a.Label(ref done);
            a.sub(r15, 3);
        });
        Add("PlusLoop", "(+LOOP) backward: ends when index - limit changes sign toward the increment", a =>
        {
            Need(a, 1);
            ReturnNeed(a, 3);
            Label done = a.CreateLabel();
            a.mov(r10, rax);
            a.dec(r13);
            Fill(a);
            a.mov(rcx, __qword_ptr[r14 + r15 * 8 - 8]);
            a.mov(rdx, rcx);
            a.sub(rdx, __qword_ptr[r14 + r15 * 8 - 16]);
            a.lea(r8, __qword_ptr[rdx + r10]);
            a.xor(r8, rdx);
            a.mov(r9, rdx);
            a.xor(r9, r10);
            a.and(r8, r9);
            a.js(done);
            a.add(rcx, r10);
            a.mov(__qword_ptr[r14 + r15 * 8 - 8], rcx);
            PollThenJump(a);
            a.Label(ref done);
            a.sub(r15, 3);
        });
        Add("Call", "a colon word: the interpreter's colon entry (poll, transition, ACL, heat, window), then a call through the table of entries", a => Call(a, CallForm.Indirect));
        Add("CallDirect", "a colon word that had native code when the caller was compiled: the same entry, then a direct call", a => Call(a, CallForm.Direct));
        Add("CallInline", "a short colon word whose body is copied in: the same entry, the return address written, no call", a => Call(a, CallForm.Inline));
        Add("ExitInCallee", "an inlined callee's exit: pushes the return address CallInline wrote, then the interpreter runs the callee's word at CellIp", a =>
        {
            a.inc(r15);
            a.mov(rdx, Imm64(NativeHoleKind.CellIp));
            a.mov(ecx, (int)NativeExit.AtWord);
            a.jmp(Jump(NativeHoleKind.ExitCommon));
        });

        foreach ((string name, string purpose, Action<Assembler> body) in bodies)
        {
            omitDataChecks = true;
            Stencil withoutChecks = Stencil.Assemble(name + "Unchecked", purpose + ", without the data-stack checks the cells before it made", (a, _) => body(a));
            omitDataChecks = false;
            int index = stencils.FindIndex(s => s.Name == name);
            stencils[index] = stencils[index] with { UncheckedForm = stencils.Count };
            stencils.Add(withoutChecks with { DepthChange = DepthChanges[name] });
            if (stencils[index].NeedsDepth > 0 && stencils[index].NeedsRoom > 0)
            {
                omitDepthCheck = true;
                Stencil roomChecked = Stencil.Assemble(name + "RoomChecked", purpose + ", without the depth check the cells before it made", (a, _) => body(a));
                omitDepthCheck = false;
                stencils[index] = stencils[index] with { RoomCheckedForm = stencils.Count };
                stencils.Add(roomChecked with { NeedsRoom = stencils[index].NeedsRoom, DepthChange = DepthChanges[name] });
            }
        }
        return stencils;
    }

    private static AssemblerMemoryOperand Top => __qword_ptr[r12 + r13 * 8 - 8];

    private static AssemblerMemoryOperand Second => __qword_ptr[r12 + r13 * 8 - 16];

    private static AssemblerMemoryOperand Third => __qword_ptr[r12 + r13 * 8 - 24];

    private static AssemblerMemoryOperand Frame(int offset) => __qword_ptr[rbp + offset];

    /// <summary>The marker a jump hole of this kind is assembled to (far enough away to get a 32-bit displacement).</summary>
    public static ulong Jump(NativeHoleKind kind) => 0x4000_0000UL + ((ulong)kind << 24);

    public static ulong Imm64(NativeHoleKind kind) => 0x5EED_0000_0000_0000UL | (ulong)kind;

    public static int Imm32(NativeHoleKind kind) => 0x3EED_0000 | (int)kind;

    private static void Need(Assembler a, int cells)
    {
        checkedDepth = Math.Max(checkedDepth, cells);
        if (omitDataChecks || omitDepthCheck)
        {
            return;
        }
        if (cells == 1)
        {
            a.test(r13, r13);
            a.je(Jump(NativeHoleKind.Cold));
            return;
        }
        a.cmp(r13, cells);
        a.jb(Jump(NativeHoleKind.Cold));
    }

    private static void Room(Assembler a, int cells)
    {
        checkedRoom = Math.Max(checkedRoom, cells);
        if (omitDataChecks)
        {
            return;
        }
        a.lea(rcx, __qword_ptr[r13 + cells]);
        a.cmp(rcx, Frame(F.DataCapacityOffset));
        a.ja(Jump(NativeHoleKind.Cold));
    }

    private static void ReturnNeed(Assembler a, int cells)
    {
        a.cmp(r15, cells);
        a.jb(Jump(NativeHoleKind.Cold));
    }

    private static void ReturnRoom(Assembler a, int cells)
    {
        a.lea(rcx, __qword_ptr[r15 + cells]);
        a.cmp(rcx, Frame(F.ReturnCapacityOffset));
        a.ja(Jump(NativeHoleKind.Cold));
    }

    /// <summary>Pushes rax: writes it to the next cell, which becomes the top.</summary>
    private static void Push(Assembler a)
    {
        a.mov(__qword_ptr[r12 + r13 * 8], rax);
        a.inc(r13);
    }

    /// <summary>Writes the cached top to its cell (the guard cell when the stack is empty): on the way out, where it is already there unless the stack is empty.</summary>
    private static void Spill(Assembler a) => a.mov(Top, rax);

    /// <summary>Loads the new top after the depth fell.</summary>
    private static void Fill(Assembler a) => a.mov(rax, __qword_ptr[r12 + r13 * 8 - 8]);

    /// <summary>Two cells in, the result written where the first was, as the interpreter writes it.</summary>
    private static void Binary(Assembler a, Action operation)
    {
        Need(a, 2);
        operation();
        a.mov(Second, rax);
        a.dec(r13);
    }

    private static void Unary(Assembler a, Action operation)
    {
        Need(a, 1);
        operation();
        a.mov(Top, rax);
    }

    private static void Compare(Assembler a, Action setFlag)
    {
        Need(a, 2);
        a.cmp(Second, rax);
        FlagFromCondition(a, setFlag);
        a.mov(Second, rax);
        a.dec(r13);
    }

    /// <summary>A literal's push and the operation that takes it: one cell in, the result where it was.</summary>
    private static void LiteralThen(Assembler a, Action operation)
    {
        Need(a, 1);
        Room(a, 1);
        a.mov(__qword_ptr[r12 + r13 * 8], Imm32(NativeHoleKind.Literal32));
        operation();
        a.mov(Top, rax);
    }

    private static void LiteralCompare(Assembler a, Action setFlag)
    {
        a.cmp(rax, Imm32(NativeHoleKind.Literal32));
        FlagFromCondition(a, setFlag);
    }

    private static void ZeroCompare(Assembler a, Action setFlag)
    {
        Need(a, 1);
        a.test(rax, rax);
        FlagFromCondition(a, setFlag);
        a.mov(Top, rax);
    }

    /// <summary>rax = the Forth flag of the condition <paramref name="setFlag"/> tests (the compare's result): -1 or 0.</summary>
    private static void FlagFromCondition(Assembler a, Action setFlag)
    {
        setFlag();
        a.movzx(eax, al);
        a.neg(rax);
    }

    /// <summary>The arena's store check: above the system area and a whole cell inside the arena, one unsigned compare.</summary>
    private static void StorableCell(Assembler a, AssemblerRegister64 address)
    {
        a.mov(rcx, address);
        a.sub(rcx, Frame(F.SystemAreaEndOffset));
        a.cmp(rcx, Frame(F.StorableCellSpanOffset));
        a.ja(Jump(NativeHoleKind.Cold));
    }

    /// <summary>
    /// The interpreter's backward-branch poll: one step off the countdown. When it runs out, the inner interpreter
    /// looks at the interrupt flag and the budget.
    /// </summary>
    private static void PollThenJump(Assembler a)
    {
        a.dec(Frame(F.StepsLeftOffset));
        a.js(Jump(NativeHoleKind.Poll));
        a.jmp(Jump(NativeHoleKind.Target));
    }

    /// <summary>(DO)'s frame on the return stack, bottom to top: exit address, limit, index.</summary>
    private static void PushLoopFrame(Assembler a)
    {
        a.mov(rcx, Imm64(NativeHoleKind.Operand));
        a.mov(__qword_ptr[r14 + r15 * 8], rcx);
        a.mov(rcx, Second);
        a.mov(__qword_ptr[r14 + r15 * 8 + 8], rcx);
        a.mov(__qword_ptr[r14 + r15 * 8 + 16], rax);
        a.add(r15, 3);
        a.sub(r13, 2);
        Fill(a);
    }

    /// <summary>
    /// A call of a colon word that has native code. Checks, and changes nothing until all passed: the step countdown
    /// (when it has run out, the interpreter makes the entry and looks at the interrupt flag), return-stack room,
    /// native code (the indirect form), the ACL (allowed and in TTL mode with TTL left; a denied word, a word in STRICT
    /// mode and a spent TTL are left to the interpreter), the transition from the last recorded word already counted.
    /// The order differs from the interpreter's, which does not matter: any failed check leaves the whole entry to
    /// the interpreter. Then records exactly what the interpreter's inline colon entry records,
    /// pushes the return address and calls: straight to the callee's code when it had code when the caller was
    /// compiled (<see cref="NativeHoleKind.Callee"/>), else through the table of entries. Back from the call, rdx holds
    /// the address EXIT popped; when it is not this call's return address (the callee changed its return stack), the
    /// interpreter goes on from there. The inline form ends after the entry: the callee's own stencils follow it in
    /// the caller's code.
    /// </summary>
    private static void Call(Assembler a, CallForm form)
    {
        bool direct = form != CallForm.Indirect;
        ulong cold = Jump(NativeHoleKind.Cold);
        Label noTransition = a.CreateLabel();
        Label aclDecided = a.CreateLabel();

        a.cmp(Frame(F.StepsLeftOffset), 0);
        a.jle(cold);
        a.cmp(r15, Frame(F.ReturnCapacityOffset));
        a.jae(cold);
        if (!direct)
        {
            // rcx: the callee's cell in the table of entries, kept for the call.
            a.mov(rcx, Imm64(NativeHoleKind.EntryCell));
            a.cmp(__qword_ptr[rcx], 0);
            a.je(cold);
        }

        // r9: the TTL to count down. ACL entries are 8 bytes: TTL, denied, mode; one 16-bit compare finds "allowed,
        // TTL mode". While ACLs are bypassed, nothing is checked and the count goes to a scratch cell of the frame.
        a.lea(r9, __[rbp + F.TtlScratchOffset]);
        a.cmp(Frame(F.AclBypassOffset), 0);
        a.jne(aclDecided);
        a.mov(r9, Imm64(NativeHoleKind.AclCell));
        a.cmp(__word_ptr[r9 + 4], AclModeTtl << 8);
        a.jne(cold);
        a.cmp(__dword_ptr[r9], 0);
        a.je(cold);
        a.Label(ref aclDecided);

        // r8: the transition slot whose count goes up; when none is counted, a slot whose count is the frame's
        // UncountedRecords (8 bytes before it), from which the profile works out how many were counted. First the
        // callee's cache entry (r11): the last word before it that a call from anywhere found, and that slot. Else the
        // probe: home slot (from * 2654435761 ^ to * 40503) & 4095, 16-byte entries, kept as a byte offset in r10
        // (both halves of the hash times 16), the table in rdx; linear probing from there, as the profile's own search:
        // an empty slot means a new transition, which the interpreter inserts (the table is never more than 3/4 full,
        // so the probe ends). A slot found goes into the cache after the last check.
        Label probe = a.CreateLabel();
        Label nextSlot = a.CreateLabel();
        Label found = a.CreateLabel();
        Label uncached = a.CreateLabel();
        a.lea(r8, __[rbp + F.UncountedRecordsOffset - 8]);
        a.cmp(Frame(F.TransitionsEnabledOffset), 0);
        a.je(noTransition);
        a.mov(r11, Imm64(NativeHoleKind.TransitionCacheCell));
        a.cmp(rsi, __qword_ptr[r11]);
        a.jne(uncached);
        a.mov(r8, __qword_ptr[r11 + 8]);
        a.jmp(noTransition);
        a.Label(ref uncached);
        a.test(rsi, rsi);
        a.js(noTransition);
        a.imul(r10d, esi, unchecked((int)(2654435761u * TransitionSlotBytes)));
        a.xor(r10d, Imm32(NativeHoleKind.TransitionKey));
        a.mov(rdx, Frame(F.TransitionsOffset));
        a.Label(ref probe);
        a.and(r10d, (TransitionSlots - 1) * TransitionSlotBytes);
        a.cmp(__qword_ptr[rdx + r10 + 8], 0);
        a.je(cold);
        a.cmp(__dword_ptr[rdx + r10], esi);
        a.jne(nextSlot);
        a.cmp(__dword_ptr[rdx + r10 + 4], Imm32(NativeHoleKind.WordId));
        a.je(found);
        a.Label(ref nextSlot);
        a.add(r10d, TransitionSlotBytes);
        a.jmp(probe);
        a.Label(ref found);
        a.lea(r8, __[rdx + r10]);
        a.mov(__qword_ptr[r11], rsi);
        a.mov(__qword_ptr[r11 + 8], r8);
        a.Label(ref noTransition);

        // Everything passed: record. The callee's entropy cell is a fixed distance after its heat cell.
        a.dec(Frame(F.StepsLeftOffset));
        a.dec(__dword_ptr[r9]);
        a.inc(__qword_ptr[r8 + 8]);
        a.mov(r10d, edi);
        a.and(r10d, WindowCells - 1);
        a.mov(r11, Frame(F.WindowOffset));
        a.mov(__dword_ptr[r11 + r10 * 4], Imm32(NativeHoleKind.WordId));
        a.inc(rdi);
        a.mov(r11, Imm64(NativeHoleKind.HeatCell));
        a.inc(__qword_ptr[r11]);
        a.inc(__qword_ptr[r11 + EntropyAfterHeat]);
        a.mov(esi, Imm32(NativeHoleKind.WordId));

        // Arena addresses are below 2 GiB, so the return address is a sign-extended 32-bit immediate.
        a.mov(__qword_ptr[r14 + r15 * 8], Imm32(NativeHoleKind.ReturnIp));
        if (form == CallForm.Inline)
        {
            // The callee's stencils follow. The return address is written but not pushed: an exit inside the callee
            // pushes it (ExitInCallee), so that the interpreter sees the frame a call would have made.
            return;
        }
        a.inc(r15);
        if (direct)
        {
            a.call(Jump(NativeHoleKind.Callee));
        }
        else
        {
            a.call(__qword_ptr[rcx]);
        }
        a.cmp(rdx, Imm32(NativeHoleKind.ReturnIp));
        a.jne(Jump(NativeHoleKind.ExitReturned));
    }

    /// <summary>How a call reaches the callee.</summary>
    private enum CallForm
    {
        /// <summary>Through the table of entries (the callee had no code when the caller was compiled).</summary>
        Indirect,

        /// <summary>A direct call to the callee's code.</summary>
        Direct,

        /// <summary>No call: the callee's stencils follow the entry.</summary>
        Inline,
    }

    /// <summary>
    /// Saves the callee-saved registers, loads the convention's registers from the frame, calls the code, and on the
    /// way out (from any call depth, through the saved stack pointer) writes the top of stack, both depths and the
    /// instruction pointer back to the frame. Labels "Returned" and "ExitCommon" are the exits' targets.
    /// </summary>
    private static void Trampoline(Assembler a, List<(string Name, Label Label)> exports, bool microsoft)
    {
        AssemblerRegister64[] saved = microsoft ? new[] { rbx, rbp, rdi, rsi, r12, r13, r14, r15 } : new[] { rbx, rbp, r12, r13, r14, r15 };
        foreach (AssemblerRegister64 register in saved)
        {
            a.push(register);
        }
        if (microsoft)
        {
            a.mov(rbp, rcx);
            a.mov(r11, rdx);
        }
        else
        {
            a.mov(rbp, rdi);
            a.mov(r11, rsi);
        }
        // An odd number of pushes after the return address keeps the stack 16-byte aligned for the call.
        if (saved.Length % 2 == 0)
        {
            a.sub(rsp, 8);
        }
        a.mov(rbx, Frame(F.ArenaOffset));
        a.mov(r12, Frame(F.DataCellsOffset));
        a.mov(r13, Frame(F.DataDepthOffset));
        a.mov(r14, Frame(F.ReturnCellsOffset));
        a.mov(r15, Frame(F.ReturnDepthOffset));
        Fill(a);
        a.mov(rsi, Frame(F.LastRecordedWordOffset));
        a.mov(rdi, Frame(F.WordsExecutedOffset));
        a.mov(Frame(F.SavedStackPointerOffset), rsp);
        a.call(r11);
        Label returned = a.CreateLabel("Returned");
        Label exitCommon = a.CreateLabel("ExitCommon");
        a.Label(ref returned);
        a.xor(ecx, ecx);
        a.Label(ref exitCommon);
        exports.Add(("Returned", returned));
        exports.Add(("ExitCommon", exitCommon));
        a.mov(rsp, Frame(F.SavedStackPointerOffset));
        Spill(a);
        a.mov(Frame(F.DataDepthOffset), r13);
        a.mov(Frame(F.ReturnDepthOffset), r15);
        a.mov(Frame(F.InstructionPointerOffset), rdx);
        a.mov(Frame(F.LastRecordedWordOffset), rsi);
        a.mov(Frame(F.WordsExecutedOffset), rdi);
        a.mov(eax, ecx);
        if (saved.Length % 2 == 0)
        {
            a.add(rsp, 8);
        }
        for (int i = saved.Length - 1; i >= 0; i--)
        {
            a.pop(saved[i]);
        }
        a.ret();
    }
}
