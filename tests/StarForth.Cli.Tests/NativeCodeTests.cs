using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using StarForth.Testing;
using Xunit;

namespace StarForth.Cli.Tests;

/// <summary>
/// Native code (issue 14) against the interpreter: the same programs in two sessions, one with --native on and one
/// off, must print the same, leave the same stacks, raise the same errors and give the same PARITY lines; faults in
/// native code are reported and recovered as in the interpreter; the code memory is never writable and executable.
/// </summary>
public sealed class NativeCodeTests
{
    /// <summary>Programs written for this test: loops, calls, recursion, memory, defining words, and every stencil's fault.</summary>
    private static readonly string[] Programs =
    {
        ": FIB DUP 2 < IF EXIT THEN DUP 1- RECURSE SWAP 2 - RECURSE + ; 20 FIB .",
        ": SUMS 0 1000 0 DO 100 0 DO I J * + LOOP LOOP ; SUMS .",
        "CREATE FLAGS 1000 ALLOT : SIEVE FLAGS 1000 1 FILL 0 1000 2 DO FLAGS I + C@ IF 1+ I I + BEGIN DUP 1000 < WHILE 0 OVER FLAGS + C! OVER + REPEAT DROP THEN LOOP ; SIEVE .",
        "CREATE LIST 50 CELLS ALLOT : FILL-LIST 50 0 DO 50 I - 7 * 13 MOD LIST I CELLS + ! LOOP ; : SORT 50 1 DO 50 I - 0 DO LIST I CELLS + 2@ > IF LIST I CELLS + 2@ SWAP LIST I CELLS + 2! THEN LOOP LOOP ; FILL-LIST SORT LIST @ . LIST 49 CELLS + @ .",
        "10 CONSTANT TEN 3 VALUE THREE VARIABLE V : USE TEN THREE + V ! V @ ; USE . 4 TO THREE USE .",
        ": GEN CREATE , DOES> @ 2* ; 21 GEN G : TWICE G G + ; TWICE .",
        ": ROTS 1 2 3 ROT -ROT ROT 2DUP 2DROP NIP OVER SWAP ; ROTS .S",
        ": FLAGS-OF 3 4 = 3 4 <> 3 4 < 3 4 > -1 1 U< -1 1 U> 0 0= 5 0<> -5 0< 5 0> ; FLAGS-OF .S",
        ": ARITH 7 3 - 6 * 5 AND 9 OR 3 XOR 1+ 1- 2* 2/ CELLS CELL+ NEGATE INVERT ; ARITH .",
        ": STEPS 0 100 0 DO I + 7 +LOOP 0 -10 0 DO I + -3 +LOOP ; STEPS . .",
        ": EARLY 10 0 DO I 4 = IF LEAVE THEN I . LOOP ; EARLY",
        ": NONE 0 ?DO I . LOOP ; 3 NONE 0 NONE",
        ": R-TRICK R> DROP ; : CALLER R-TRICK 99 . ; CALLER 42 .",
        ": RS 1 >R 2 >R R@ R> R> + + ; RS .",
        "VARIABLE CNT : BUMP 1 CNT +! ; : BUMPS 1000 0 DO BUMP LOOP CNT @ ; BUMPS .",
        ": UNDER DROP ; ' UNDER CATCH . .S",
        ": DEEPER RECURSE ; ' DEEPER CATCH .",
        ": PUSHES BEGIN 1 AGAIN ; ' PUSHES CATCH . DEPTH .",
        ": OUTSIDE -8 @ ; ' OUTSIDE CATCH .",
        ": SYSTEM 1 3000 ! ; ' SYSTEM CATCH .",
        ": BYTES -1 C@ ; ' BYTES CATCH .",
        ": DIVIDE 1 0 / ; ' DIVIDE CATCH .",
        ": UNDERFLOWS R> R> R> ; ' UNDERFLOWS CATCH .",
        ": T1 1 ; : T2 T1 T1 + ; : T3 T2 T2 * ; T3 . : T1 5 ; T3 . T2 .",
        "MARKER GONE : A1 7 ; : A2 A1 1+ ; A2 . GONE : A1 9 ; : A2 A1 2* ; A2 .",
        ": STR S\" native\" TYPE .\" !\" ; STR",
        ": ABORTS 1 ABORT\" stop\" ; ABORTS",
        "DEFER ACTION : CALLS ACTION ACTION ; ' 1+ IS ACTION 5 CALLS . ' 2* IS ACTION 5 CALLS .",
        ": LOCALS {: a b :} a b - ; 10 3 LOCALS .",
        ": WHILE-LOOP 0 BEGIN DUP 10 < WHILE 1+ REPEAT ; WHILE-LOOP .",
        // Run twice: a call's first run takes the interpreter's slow path (its transition is new), the second is native.
        ": POP2 DROP DROP ; : AFTER-CALL 1 2 3 POP2 + ; ' AFTER-CALL CATCH . ' AFTER-CALL CATCH . DEPTH .",
        ": PUSH3 1 2 3 ; : ADDS PUSH3 + + + ; 10 ADDS . 10 ADDS .",
        // Short callees are copied into their callers: a fault inside the copy leaves the callee's frame, as a call would.
        ": BAD DROP DROP ; : USE-BAD 1 BAD 5 ; ' USE-BAD CATCH . ' USE-BAD CATCH . DEPTH .",
        ": PAIR@ 2@ ; : FAR -8 PAIR@ ; ' FAR CATCH . ' FAR CATCH . DEPTH .",
        ": DEEP-BAD 1 2 BAD BAD ; ' DEEP-BAD CATCH . ' DEEP-BAD CATCH . .S",
        "5 VALUE V5 : RV V5 1+ ; : URV RV RV + ; URV . 7 TO V5 URV .",
        "CREATE SLOT 0 , : BUMP! 1 SLOT +! ; : BUMPS3 BUMP! BUMP! BUMP! SLOT @ ; BUMPS3 . BUMPS3 .",
        // A store to BASE (in the system area, but a program may write it) takes the slow path and goes on in the callee.
        ": STORE-IT ! ; : TO-HEX 16 BASE STORE-IT 1 ; TO-HEX BASE @ DECIMAL . . TO-HEX BASE @ DECIMAL . .",
        // A call checks the callee's ACL: TTL mode counts down, STRICT mode and a denied word are left to the
        // interpreter, a spent TTL is rechecked, and while ACLs are bypassed nothing is checked or counted.
        ": ACL-CALLEE 7 ; : ACL-CALLER ACL-CALLEE ACL-CALLEE + ; ACL-CALLER . ACL-CALLER . ' ACL-CALLEE ACL-TTL@ . "
            + "1 ' ACL-CALLEE ACL-MODE! ACL-CALLER . 0 ' ACL-CALLEE ACL-ALLOW! ' ACL-CALLER CATCH . "
            + "-1 ZUSE-AUTHENTICATE ACL-CALLER . ACL-CALLER . 0 ZUSE-AUTHENTICATE ' ACL-CALLEE ACL-TTL@ . "
            + "0 ' ACL-CALLEE ACL-MODE! 3 ' ACL-CALLEE ACL-TTL! ' ACL-CALLER CATCH . ' ACL-CALLER CATCH . ' ACL-CALLEE ACL-TTL@ . "
            + "1 ' ACL-CALLEE ACL-ALLOW! 1 ' ACL-CALLEE ACL-TTL! ACL-CALLER . ACL-CALLER . ' ACL-CALLEE ACL-TTL@ .",
        // The cell after a copied-in callee trusts the copy's stack effect; the interpreter may only resume there with
        // the depth that proves (here it "returns" into USER's @ with an empty stack, and must raise -4 itself).
        ": CA CELLS ; VARIABLE SPOT : USER 5 CA [ HERE SPOT ! ] @ ; USER DROP : INTO >R ; "
            + "SPOT @ ' INTO CATCH . DEPTH . 8 SPOT @ ' INTO CATCH . DEPTH .",
        // A literal and the + - = < > after it run as one stencil (not a literal beyond 32 bits); a fault in it exits at
        // the literal, inside a copied-in callee too.
        ": LITS 10 3 + 10 3 - 10 3 = 10 10 = 3 10 < 10 3 < 10 3 > 3 10 > ; LITS . . . . . . . . "
            + ": BIG-LIT 5000000000 + -5000000000 < ; 1 BIG-LIT . CREATE BASE-AREA 4 CELLS ALLOT : AREA+ BASE-AREA + ; "
            + "16 AREA+ BASE-AREA - . : PLUS5 5 + ; ' PLUS5 CATCH . DEPTH . : USE-PLUS5 PLUS5 1 ; ' USE-PLUS5 CATCH . "
            + "' USE-PLUS5 CATCH . 2 USE-PLUS5 . . : FIVE-LESS 5 < IF 1 ELSE 2 THEN ; 3 FIVE-LESS . 7 FIVE-LESS .",
        // Calls count transitions as the interpreter does, and none while counting is off.
        ": TF DUP 2 < IF EXIT THEN DUP 1- RECURSE SWAP 2 - RECURSE + ; 20 TF . PIPELINING-STATS . . "
            + "0 PIPELINING-ENABLE 15 TF . PIPELINING-STATS . . -1 PIPELINING-ENABLE 15 TF . PIPELINING-STATS . .",
        // Calls remember each callee's last transition slot; resetting the table and forgetting words move slots.
        ": CF DUP 2 < IF EXIT THEN DUP 1- RECURSE SWAP 2 - RECURSE + ; 20 CF . PIPELINING-RESET-ALL 15 CF . PIPELINING-STATS . . "
            + "MARKER FORGET-CG : CG CF 1+ ; 10 CG . PIPELINING-STATS . . FORGET-CG 12 CF . PIPELINING-STATS . .",
    };

    [Fact]
    public void EveryProgramPrintsLeavesAndRaisesTheSameWithNativeCodeOnAndOff()
    {
        using var native = new Session(nativeCode: true);
        using var interpreted = new Session(nativeCode: false);
        foreach (string program in Programs)
        {
            Assert.Equal(interpreted.Run(program), native.Run(program));
        }
        Assert.True(native.Machine.Native.Enabled);
        Assert.True(native.Machine.Native.CompiledCount >= 20, $"only {native.Machine.Native.CompiledCount} definitions compiled");
        Assert.False(interpreted.Machine.Native.Enabled);
    }

    /// <summary>The examples, run by the command as a user runs them: the same output, errors and exit status either way.</summary>
    [Theory]
    [InlineData("demo.fs")]
    [InlineData("vm-checks.fs")]
    [InlineData("inventory/main.fs")]
    [InlineData("ledger/main.fs")]
    public void EveryExampleRunsTheSameWithNativeCodeOnAndOff(string example)
    {
        string root = RepositoryRoot.Path;
        string file = Path.Combine(root, "examples", example);

        var native = StarForthProcess.Run(null, "--native", "on", file);
        var interpreted = StarForthProcess.Run(null, "--native", "off", file);

        Assert.Equal(interpreted.Output, native.Output);
        Assert.Equal(interpreted.Error, native.Error);
        Assert.Equal(interpreted.ExitCode, native.ExitCode);
        Assert.NotEqual("", native.Output);
    }

    [Fact]
    public void TheRecursiveProgramRunsAsNativeCodeAndGivesItsResult()
    {
        using var native = new Session(nativeCode: true);
        Assert.Equal("6765  ok\n", native.Run(": FIB DUP 2 < IF EXIT THEN DUP 1- RECURSE SWAP 2 - RECURSE + ; 20 FIB ."));
        Assert.True(native.Machine.Native.HasCode(native.Machine.Lookup.Find("FIB"u8)));
    }

    [Fact]
    public void FaultsInNativeCodeAreReportedWithTheirCodesAndTheSessionGoesOn()
    {
        using var native = new Session(nativeCode: true);
        Assert.Contains("-4 stack underflow", native.Run(": UNDER DROP DROP ; 1 UNDER"));
        Assert.Contains("-3 stack overflow", native.Run(": PUSHES BEGIN 1 AGAIN ; PUSHES"));
        Assert.Contains("-5 return stack overflow", native.Run(": DEEPER RECURSE ; DEEPER"));
        Assert.Contains("-9 invalid memory address", native.Run(": OUTSIDE 1000000000 @ ; OUTSIDE"));
        Assert.Contains("-9 invalid memory address", native.Run(": SYSTEM 1 3000 ! ; SYSTEM"));
        Assert.Contains("-10 division by zero", native.Run(": DIVIDE 1 0 / ; DIVIDE"));
        Assert.Equal("3  ok\n", native.Run("1 2 + ."));
    }

    [Fact]
    public void CtrlCAndTheStepLimitStopANativeLoop()
    {
        using var native = new Session(nativeCode: true);
        native.Run(": SPIN BEGIN AGAIN ;");
        using var timer = new Timer(_ => native.Machine.InnerInterpreter.InterruptRequested = true, null, 100, Timeout.Infinite);
        Assert.Contains("-28 user interrupt", native.Run("SPIN"));
        native.Machine.InnerInterpreter.StepLimit = 100_000;
        Assert.Contains("-266", native.Run("SPIN"));
        native.Machine.InnerInterpreter.StepLimit = 0;
        Assert.Equal("3  ok\n", native.Run("1 2 + ."));
    }

    [Fact]
    public void NativeWordsTurnItOffAndOnAndSeeCodeShowsTheMachineCodeOfEachWord()
    {
        using var native = new Session(nativeCode: true);
        Assert.Equal("-1  ok\n", native.Run("NATIVE? ."));
        string listing = native.Run(": SQUARE DUP * ; SEE-CODE SQUARE");
        Assert.StartsWith("\\ DUP\n", listing);
        Assert.Contains("\\ *\n", listing);
        Assert.Contains("imul rax,[r12+r13*8-10h]", listing);
        Assert.Contains("\\ EXIT\n", listing);
        Assert.Contains("ret\n", listing);
        // A short callee is copied into its caller: no call instruction, the callee's multiply inside.
        string quad = native.Run(": QUAD SQUARE SQUARE ; SEE-CODE QUAD");
        Assert.Contains("\\ SQUARE\n", quad);
        Assert.Contains("imul rax,[r12+r13*8-10h]", quad);
        Assert.DoesNotContain(" call ", quad);
        Assert.Equal("0 9  ok\n", native.Run("-NATIVE NATIVE? . 3 SQUARE ."));
        Assert.Contains("-21 unsupported operation: SQUARE", native.Run("SEE-CODE SQUARE"));
        Assert.Equal("-1 16  ok\n", native.Run("NATIVE NATIVE? . 4 SQUARE ."));
    }

    [Fact]
    public void MarkerForgetsNativeCodeAndTakesItsMemoryBack()
    {
        using var native = new Session(nativeCode: true);
        native.Run(": OLD 1 ; OLD OLD 2DROP");
        int before = native.Machine.Native.CodeBytes;
        int compiledBefore = native.Machine.Native.CompiledCount;
        Assert.Equal("7 7  ok\n", native.Run("MARKER GONE : NEW1 3 4 + ; : NEW2 NEW1 ; NEW2 . NEW2 ."));
        Assert.True(native.Machine.Native.CodeBytes > before);
        Assert.Equal(compiledBefore + 2, native.Machine.Native.CompiledCount);
        native.Run("GONE");
        Assert.Equal(before, native.Machine.Native.CodeBytes);
        Assert.Equal(compiledBefore, native.Machine.Native.CompiledCount);
        // The ids come back for new words, which get code of their own.
        Assert.Equal("12  ok\n", native.Run(": NEW1 3 4 * ; : NEW2 NEW1 ; NEW2 ."));
    }

    [Fact]
    public void ParityLinesAreTheSameWithNativeCodeOnAndOff()
    {
        Assert.Equal(ParityLines(nativeCode: false), ParityLines(nativeCode: true));
    }

    [Fact]
    public void RandomProgramsAgreeWithTheInterpreter()
    {
        string[] pool =
        {
            "DUP", "DROP", "SWAP", "OVER", "NIP", "ROT", "-ROT", "2DUP", "2DROP", "+", "-", "*", "AND", "OR", "XOR", "1+", "1-",
            "2*", "2/", "NEGATE", "INVERT", "=", "<>", "<", ">", "U<", "0=", "0<", "0>", "CELLS", "CELL+", "1", "2", "-1", "100",
            "BUF @", "BUF !", "BUF C@", "BUF C!", "BUF +!", "BUF 2@", "BUF 2!", ">R R>", "I", "R@", "HELPER", "5 0 DO I LOOP",
            "DROPS", "PUSHES", "DROPS +", "PUSHES DROP DROP DROP",
            "IF 1 ELSE 2 THEN", "BEGIN DUP 0> WHILE 1- REPEAT", "3 0 ?DO I + LOOP", "-8 @", "1 0 /",
        };
        using var native = new Session(nativeCode: true);
        using var interpreted = new Session(nativeCode: false);
        // Callees that take cells and leave more: what the cells after a call may assume about the depth.
        const string Prelude = "CREATE BUF 64 ALLOT BUF 64 ERASE : HELPER 2 + ; : DROPS DROP DROP ; : PUSHES 1 2 ;";
        Assert.Equal(interpreted.Run(Prelude), native.Run(Prelude));
        var random = new Random(20261207);
        for (int program = 0; program < 500; program++)
        {
            var text = new StringBuilder($": R{program} ");
            int length = random.Next(1, 12);
            for (int i = 0; i < length; i++)
            {
                text.Append(pool[random.Next(pool.Length)]).Append(' ');
            }
            // Twice: the second run takes the native path of calls whose transition the first run counted.
            text.Append($"; 7 8 9 ' R{program} CATCH .S CLEARSTACK 7 8 9 ' R{program} CATCH .S CLEARSTACK");
            string line = text.ToString();
            Assert.Equal(interpreted.Run(line), native.Run(line));
        }
    }

    [Fact]
    public void CodeMemoryIsNeverWritableAndExecutable()
    {
        Assert.True(CodeMemory.IsSupported, "native code runs on Linux x86-64, where these tests run");
        // Compiled on its second entry (CompileOnEntry = 2): the first runs interpreted.
        using var native = new Session(nativeCode: true, compileOnEntry: 2);
        native.Run(": SQUARE DUP * ; 3 SQUARE .");
        Assert.False(native.Machine.Native.HasCode(native.Machine.Lookup.Find("SQUARE"u8)));
        native.Run("3 SQUARE .");
        Assert.True(native.Machine.Native.HasCode(native.Machine.Lookup.Find("SQUARE"u8)));
        Assert.Equal("r-xs", CodeMemory.ProtectionOf(native.Machine.Native.ExecutableView));
        Assert.Equal("rw-s", CodeMemory.ProtectionOf(native.Machine.Native.WritableView));
    }

    private static string ParityLines(bool nativeCode)
    {
        var output = new MemoryStream();
        using ForthSession session = ForthSession.Start(Machine.DefaultArenaSize, output, TextWriter.Null, input: null, nativeCode: nativeCode)!;
        Assert.Equal(0, Modes.Parity(session, TextWriter.Null));
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>A session whose output and errors are collected per line.</summary>
    private sealed class Session : IDisposable
    {
        private readonly MemoryStream output = new();
        private readonly StringWriter errors = new();
        private readonly ForthSession session;
        private int line;

        /// <param name="compileOnEntry">On which entry a word is compiled (the default, 1, runs every program as native code).</param>
        public Session(bool nativeCode, int compileOnEntry = 1)
        {
            session = ForthSession.Start(Machine.DefaultArenaSize, output, errors, input: null, nativeCode: nativeCode)!;
            session.Machine.Native.CompileOnEntry = compileOnEntry;
        }

        public Machine Machine => session.Machine;

        /// <summary>Runs one line; returns what it printed, its error report, and " ok" when it ended well.</summary>
        public string Run(string text)
        {
            output.SetLength(0);
            errors.GetStringBuilder().Clear();
            bool ok = session.RunLine(Encoding.UTF8.GetBytes(text), "<test>", ++line);
            return Encoding.UTF8.GetString(output.ToArray()) + errors + (ok ? " ok\n" : "");
        }

        public void Dispose() => session.Dispose();
    }
}
