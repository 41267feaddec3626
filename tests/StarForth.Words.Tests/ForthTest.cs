using System;
using System.Linq;
using System.Text;
using StarForth.Testing;
using Xunit;

namespace StarForth.Words.Tests;

/// <summary>
/// A freshly booted machine per test (xunit makes a new instance for every test), and assertions phrased the
/// way a Forth user reads results: the stack bottom to top, the exact text printed, the THROW code.
/// </summary>
public abstract class ForthTest : IDisposable
{
    protected ForthTest()
    {
        Forth = new ForthRunner();
        Assert.Equal(Machine.BootOk, Forth.BootStatus);
    }

    protected ForthRunner Forth { get; }

    protected Machine Machine => Forth.Machine;

    public void Dispose()
    {
        Forth.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs the lines and compares the data stack, bottom to top, written as Forth would print it ("1 2 3").</summary>
    protected void AssertStack(string expected, params string[] lines) =>
        Assert.Equal(Cells(expected), Forth.Stack(lines));

    protected void AssertOutput(string expected, params string[] lines) =>
        Assert.Equal(expected, Forth.Output(lines));

    /// <summary>Runs the lines and requires the given THROW code; the machine is then already reset.</summary>
    protected void AssertThrows(long expectedCode, params string[] lines)
    {
        Assert.Equal(expectedCode, Forth.Run(lines));
        Assert.Equal(0, Machine.Stack.Depth);
        Assert.False(Machine.Compiler.Compiling);
    }

    protected string ErrorDetail => Encoding.UTF8.GetString(Machine.ErrorDetail);

    /// <summary>
    /// Executes one word the way the interpreter does, without the reset that follows an uncaught THROW,
    /// so the stack can be inspected after the failure.
    /// </summary>
    protected void AssertUnderflowLeavesStackUnchanged(string word, string preload)
    {
        long[] before = Forth.Stack(preload);
        int wordId = Machine.Lookup.Find(Encoding.ASCII.GetBytes(word));
        Assert.True(wordId >= 0, $"{word} is not in the dictionary");
        Machine.InnerInterpreter.Execute(wordId);
        Assert.Equal(ThrowCode.StackUnderflow, Machine.ThrowCode);
        Assert.Equal(before, Forth.DataStack());
        Machine.OuterInterpreter.ResetAfterError();
    }

    protected long WordId(string name) => Machine.Lookup.Find(Encoding.ASCII.GetBytes(name));

    private static long[] Cells(string expected) =>
        expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
}
