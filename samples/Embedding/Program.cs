using System;
using StarForth.Hosting;

namespace Embedding;

/// <summary>Embeds a machine: evaluates Forth, moves cells both ways, adds a word pack, and handles an error as a value.</summary>
public static class Program
{
    public static int Main()
    {
        using ForthVm vm = ForthVm.Create();

        // Source in, output and status out.
        ForthResult defined = vm.Evaluate(": TRIANGLE ( n -- n' ) DUP 1+ * 2/ ;\n10 TRIANGLE .");
        Console.WriteLine($"10 TRIANGLE . printed \"{defined.Output}\"");

        // Cells from the host to Forth and back.
        vm.Push(6);
        vm.Push(7);
        vm.Evaluate("*");
        Console.WriteLine($"6 7 * left {vm.Pop()}");

        // A word pack built with StarForth.Sdk, added through the API.
        ForthResult added = vm.Register(new StarForth.Packs.MyWords.GeneratedWordPack());
        ForthResult squared = vm.Evaluate("12 SQUARE . 84 36 GCD . 3 STARS");
        Console.WriteLine($"pack MyWords: {(added.Succeeded ? "added" : added.Message)}; printed \"{squared.Output}\"");

        // A Forth error is a value: the code, the message, what was printed before it; the machine goes on.
        ForthResult failed = vm.Evaluate("1 2 + . NO-SUCH-WORD");
        Console.WriteLine($"error {failed.Code} ({failed.Message}) after printing \"{failed.Output}\"");
        Console.WriteLine($"depth after the error: {vm.Depth}");
        return failed.Code == -13 && squared.Succeeded ? 0 : 1;
    }
}
