using System;
using StarForth.Hosting;
using Xunit;

namespace StarForth.Cli.Tests;

/// <summary>The host API (ForthVm) as an embedding program uses it, and the WordPacks contract a generated pack relies on.</summary>
public class HostApiTests
{
    /// <summary>A pack as the generator writes one: DOUBLE-IT ( n -- 2n ) and SHOUT ( -- ), ids 2000000-2000009.</summary>
    private sealed class TestPack : WordPack
    {
        private readonly int first;

        public TestPack(int first = 2_000_000) => this.first = first;

        public override ReadOnlySpan<byte> Name => first == 2_000_000 ? "TestPack"u8 : "OtherPack"u8;

        public override int FirstWordId => first;

        public override int LastWordId => first + 9;

        public override int EntryCount => 2;

        public override ulong PackHash => 0;

        public override void DefineWords(WordPacks packs)
        {
            packs.DefineWord(first, "DOUBLE-IT"u8, WordFlags.None, Vocabulary.Forth);
            packs.DefineWord(first + 1, "SHOUT"u8, WordFlags.None, Vocabulary.Forth);
        }

        public override int Call(Machine machine, int lockWordId)
        {
            if (lockWordId == first)
            {
                if (machine.Stack.Check(1, 0))
                {
                    machine.Stack.Push(machine.Stack.Pop() * 2);
                }
                return -1;
            }
            machine.Output.Type("HEY"u8);
            return -1;
        }
    }

    [Fact]
    public void EvaluateReturnsWhatTheSourcePrinted()
    {
        using ForthVm vm = ForthVm.Create();
        ForthResult result = vm.Evaluate(": TRIANGLE DUP 1+ * 2/ ;\n10 TRIANGLE . 65 EMIT");
        Assert.Equal(new ForthResult(0, "", "55 A"), result);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void CellsGoBothWays()
    {
        using ForthVm vm = ForthVm.Create();
        vm.Push(6);
        vm.Push(7);
        vm.Push(-1);
        Assert.Equal(3, vm.Depth);
        Assert.Equal(7, vm.Peek(1));
        Assert.Equal(0, vm.Evaluate("DROP *").Code);
        Assert.Equal(new long[] { 42 }, vm.Stack());
        Assert.Equal(42, vm.Pop());
        Assert.Equal(0, vm.Depth);
    }

    [Fact]
    public void AForthErrorIsAValueAndTheMachineGoesOn()
    {
        using ForthVm vm = ForthVm.Create();
        ForthResult failed = vm.Evaluate("1 2 + . NO-SUCH-WORD 5 .");
        Assert.Equal(new ForthResult(-13, "undefined word: NO-SUCH-WORD", "3 "), failed);
        Assert.Equal(new ForthResult(-4, "stack underflow", ""), vm.Evaluate("DROP"));
        Assert.Equal(new ForthResult(0, "", "9 "), vm.Evaluate("4 5 + ."));
    }

    [Fact]
    public void MisusingTheStackApiThrows()
    {
        using ForthVm vm = ForthVm.Create();
        Assert.Equal("the data stack holds 0 cells, not 1", Assert.Throws<InvalidOperationException>(() => vm.Pop()).Message);
        vm.Dispose();
        Assert.Throws<ObjectDisposedException>(() => vm.Evaluate("1"));
    }

    [Fact]
    public void ARegisteredPackRunsAndSurvivesCold()
    {
        using ForthVm vm = ForthVm.Create();
        Assert.True(vm.Register(new TestPack()).Succeeded);
        Assert.Equal(1, vm.Machine.Packs.Count);
        Assert.Equal(new ForthResult(0, "", "42 HEY"), vm.Evaluate("21 DOUBLE-IT . SHOUT"));
        Assert.Equal(new ForthResult(0, "", "10 "), vm.Evaluate(": T 5 DOUBLE-IT ; T ."));
        Assert.Equal(new ForthResult(-4, "stack underflow", ""), vm.Evaluate("DOUBLE-IT"));
        Assert.Equal(0, vm.Evaluate("COLD").Code);
        Assert.Equal(new ForthResult(0, "", "8 "), vm.Evaluate("4 DOUBLE-IT ."));
    }

    [Fact]
    public void APackIsRefusedWhenItsNameOrRangeIsTakenOrInTheCoresIds()
    {
        using ForthVm vm = ForthVm.Create();
        var pack = new TestPack();
        Assert.True(vm.Register(pack).Succeeded);
        int words = vm.Machine.WordTable.WordCount;
        Assert.Equal(new ForthResult(-21, "unsupported operation: TestPack", ""), vm.Register(pack));
        Assert.Equal(-21, vm.Register(new TestPack(2_000_005)).Code);
        Assert.Equal(-21, vm.Register(new TestPack(100)).Code);
        Assert.True(vm.Register(new TestPack(3_000_000)).Succeeded);
        Assert.Equal(words + 2, vm.Machine.WordTable.WordCount);
        Assert.Equal(2, vm.Machine.Packs.Count);
    }
}
