extern alias generators;

using System.Linq;
using generators::StarForth.Generators;
using Xunit;

namespace StarForth.Generators.Tests;

/// <summary>WordsLock.Read on its own: the table it yields and the edits its findings carry.</summary>
public class WordsLockTests
{
    private static string Lock(params string[] lines) => WordsLock.Header + "\n" + string.Join("\n", lines) + "\n";

    private static readonly string Shipped = Lock("0\tDROP\t0x00\tFORTH", "1\tDUP\t0x00\tFORTH", "2\tSWAP\t0x00\tFORTH", "3\tOVER\t0x00\tFORTH");

    [Fact]
    public void ABrokenLockStillYieldsEveryShippedEntryAtItsShippedId()
    {
        string broken = Lock("0\tDROP\t0x00\tFORTH", "5\tDUP\t0x00\tFORTH", "2\tSWAP\t80\tFORTH", "4\tNEW\t0x00\tFORTH");

        WordsLock wordsLock = WordsLock.Read(broken, Shipped);

        Assert.Equal(new[] { (0, "DROP"), (1, "DUP"), (2, "SWAP"), (3, "OVER"), (4, "NEW") }, wordsLock.Entries.Select(e => (e.WordId, e.Name)));
        Assert.Equal(
            new[] { LockFindingKind.ShippedEntryChanged, LockFindingKind.Malformed, LockFindingKind.ShippedEntryChanged },
            wordsLock.Findings.Select(f => f.Kind));
        Assert.Equal(5, wordsLock.NextFreeWordId);
    }

    [Fact]
    public void EveryRepairTogetherGivesBackTheShippedLines()
    {
        string renumbered = Lock("0\tDROP\t0x00\tFORTH", "1\tNEW\t0x00\tFORTH", "2\tDUP\t0x00\tFORTH", "3\tSWAP\t0x00\tFORTH", "4\tOVER\t0x00\tFORTH");
        string text = renumbered;

        // Apply one repair at a time, as a person applying code fixes would, until nothing is left.
        for (int round = 0; round < 5 && !WordsLock.Read(text, Shipped).IsValid; round++)
        {
            LockFinding first = WordsLock.Read(text, Shipped).Findings.First(f => f.RepairTitle != null);
            text = LineEdit.Apply(text, first.Repair);
        }

        Assert.True(WordsLock.Read(text, Shipped).IsValid);
        Assert.Equal(Shipped + "4\tNEW\t0x00\tFORTH\n", text);
    }

    [Fact]
    public void CrlfLinesAreReadAndEditsKeepThem()
    {
        string crlf = Shipped.Replace("\n", "\r\n").Replace("1\tDUP", "9\tDUP");

        WordsLock wordsLock = WordsLock.Read(crlf, Shipped);
        string repaired = LineEdit.Apply(crlf, wordsLock.Findings.Single().Repair);

        Assert.Equal(Shipped.Replace("\n", "\r\n"), repaired);
    }
}
