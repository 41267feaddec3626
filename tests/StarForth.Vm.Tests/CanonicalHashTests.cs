using System.Text;
using Snapshooter.Xunit;
using StarForth.Testing;
using StarForth.Words;
using Xunit;

namespace StarForth.Vm.Tests;

public class CanonicalHashTests
{
    /// <summary>
    /// Definitions covering every kind of body cell, with their body hashes. (Entry hashes, and bodies calling user
    /// words, include word_ids that move whenever words.lock grows, so they are checked by construction below.)
    /// </summary>
    private static readonly string[] Vectors =
    {
        ": STRAIGHT DUP * 1+ ;",
        ": LITERALS 0 -1 9223372036854775807 -9223372036854775808 $FF ;",
        ": CHOOSE IF 1 ELSE 2 THEN ;",
        ": WHILE-LOOP BEGIN DUP WHILE 1- REPEAT ;",
        ": UNTIL-LOOP BEGIN 1- DUP 0= UNTIL ;",
        ": COUNTED 10 0 DO I DROP LOOP ;",
        ": STEPPED 0 100 0 DO I + 7 +LOOP ;",
        ": LEAVING 10 0 ?DO I 5 = IF LEAVE THEN LOOP ;",
        ": TEXT S\" hello, world\" TYPE .\" !\" ;",
        ": MAKER CREATE , DOES> @ ;",
        "VARIABLE NOT-A-COLON-WORD",
    };

    [Fact]
    public void HashVectorsMatchSnapshot()
    {
        using var runner = new ForthRunner();
        var listing = new StringBuilder();
        foreach (string source in Vectors)
        {
            runner.Stack(source);
            int wordId = runner.Machine.WordTable.LatestWordId;
            listing.Append($"{source}\n    body 0x{runner.Machine.Dictionary.ComputeBodyHash(wordId):X16}\n");
        }

        Snapshot.Match(listing.ToString());
    }

    [Fact]
    public void ABodyHashesAsItsWordIdsLiteralsAndOffsets()
    {
        using var runner = new ForthRunner();
        runner.Stack(": SQ DUP * ;");
        int sq = runner.Machine.WordTable.LatestWordId;

        ulong expectedBody = CanonicalHash.OffsetBasis;
        expectedBody = CanonicalHash.AddUInt32(expectedBody, WordIds.Dup);
        expectedBody = CanonicalHash.AddUInt32(expectedBody, WordIds.Times);
        expectedBody = CanonicalHash.AddUInt32(expectedBody, WordIds.Exit);
        ulong expectedEntry = CanonicalHash.AddHeader(CanonicalHash.OffsetBasis, WordFlags.Colon, "SQ"u8, 1, sq);
        expectedEntry = CanonicalHash.AddUInt32(expectedEntry, WordIds.Dup);
        expectedEntry = CanonicalHash.AddUInt32(expectedEntry, WordIds.Times);
        expectedEntry = CanonicalHash.AddUInt32(expectedEntry, WordIds.Exit);

        Assert.Equal(expectedBody, runner.Machine.Dictionary.ComputeBodyHash(sq));
        Assert.Equal(expectedEntry, runner.Machine.Dictionary.ComputeEntryHash(sq));
    }

    [Fact]
    public void CallsToUserWordsHashAsTheirWordIds()
    {
        using var runner = new ForthRunner();
        runner.Stack(": INNER 1 ;", ": OUTER INNER RECURSE ;");
        int outer = runner.Machine.WordTable.LatestWordId;

        ulong expected = CanonicalHash.OffsetBasis;
        expected = CanonicalHash.AddUInt32(expected, (uint)(outer - 1));
        expected = CanonicalHash.AddUInt32(expected, (uint)outer);
        expected = CanonicalHash.AddUInt32(expected, WordIds.Exit);

        Assert.Equal(expected, runner.Machine.Dictionary.ComputeBodyHash(outer));
    }

    [Fact]
    public void LiteralsHashAsEightBytesAndBranchesAsCellOffsets()
    {
        using var runner = new ForthRunner();
        runner.Stack(": T 5 IF 7 THEN ;");
        int t = runner.Machine.WordTable.LatestWordId;

        ulong expected = CanonicalHash.OffsetBasis;
        expected = CanonicalHash.AddUInt32(expected, WordIds.Lit);
        expected = CanonicalHash.AddUInt64(expected, 5);
        expected = CanonicalHash.AddUInt32(expected, WordIds.ZeroBranch);
        expected = CanonicalHash.AddUInt32(expected, 3); // over LIT 7 to the cell after them
        expected = CanonicalHash.AddUInt32(expected, WordIds.Lit);
        expected = CanonicalHash.AddUInt64(expected, 7);
        expected = CanonicalHash.AddUInt32(expected, WordIds.Exit);

        Assert.Equal(expected, runner.Machine.Dictionary.ComputeBodyHash(t));
    }

    [Theory]
    [InlineData(": SAME DUP * 1+ ;")]
    [InlineData(": SAME IF 1 ELSE 2 THEN ;")]
    [InlineData(": SAME 10 0 DO I 3 = IF LEAVE THEN 2 +LOOP ;")]
    [InlineData(": SAME S\" text\" TYPE ;")]
    [InlineData(": SAME BEGIN DUP WHILE 1- REPEAT DROP ;")]
    public void TheSameSourceHashesTheSameAtAnotherAddress(string source)
    {
        using var runner = new ForthRunner();
        runner.Stack(source);
        int first = runner.Machine.WordTable.LatestWordId;
        ulong firstBody = runner.Machine.Dictionary.ComputeBodyHash(first);

        runner.Stack("1001 ALLOT", source);
        int second = runner.Machine.WordTable.LatestWordId;

        Assert.NotEqual(runner.Machine.WordTable.BodyOf(first), runner.Machine.WordTable.BodyOf(second));
        Assert.Equal(firstBody, runner.Machine.Dictionary.ComputeBodyHash(second));
    }

    [Fact]
    public void RunTimeStateDoesNotChangeTheHash()
    {
        using var runner = new ForthRunner();
        runner.Stack(": WORK 100 0 DO I DROP LOOP ;");
        ulong before = runner.Machine.Dictionary.ComputeHash();

        runner.Stack("WORK WORK WORK");

        Assert.True(runner.Machine.Profile.WordsExecuted > 0);
        Assert.Equal(before, runner.Machine.Dictionary.ComputeHash());
    }

    [Fact]
    public void TheWindowHashCoversTheLast4096ExecutionsOldestFirst()
    {
        using var runner = new ForthRunner();
        runner.Stack(": W ;", "W W W");
        int w = runner.Machine.WordTable.LatestWordId;

        ulong expected = CanonicalHash.OffsetBasis;
        foreach (int executed in new[] { WordIds.Colon, WordIds.Semicolon, w, w, w })
        {
            expected = CanonicalHash.AddUInt32(expected, (uint)executed);
        }

        Assert.Equal(5, runner.Machine.Profile.WordsExecuted);
        Assert.Equal(expected, runner.Machine.Profile.ComputeWindowHash());
    }
}
