using Xunit;

namespace StarForth.Words.Tests;

/// <summary>
/// FILE words on a host without a file system (the test runner gives none): the fam values, and the iors a bad file id
/// or a missing file gives. Real files are the Cli tests' (FileTests).
/// </summary>
public sealed class FileWordsTests : ForthTest
{
    [Theory]
    [InlineData("R/O", "1")]
    [InlineData("W/O", "2")]
    [InlineData("R/W", "3")]
    [InlineData("R/O BIN", "5")]
    [InlineData("R/W BIN", "7")]
    public void AccessMethodsAreDistinctCells(string line, string expected) => AssertStack(expected, line);

    [Theory]
    [InlineData("0 CLOSE-FILE", "-37")]
    [InlineData("17 CLOSE-FILE", "-37")]
    [InlineData("-1 FLUSH-FILE", "-37")]
    [InlineData("PAD 10 5 READ-FILE", "0 -37")]
    [InlineData("PAD 10 5 READ-LINE", "0 0 -37")]
    [InlineData("PAD 10 5 WRITE-FILE", "-37")]
    [InlineData("PAD 10 5 WRITE-LINE", "-37")]
    [InlineData("5 FILE-POSITION", "0 0 -37")]
    [InlineData("5 FILE-SIZE", "0 0 -37")]
    [InlineData("0 0 5 REPOSITION-FILE", "-37")]
    [InlineData("0 0 5 RESIZE-FILE", "-37")]
    [InlineData("9223372036854775807 CLOSE-FILE", "-37")]
    public void ABadFileIdIsAnIor(string line, string expected) => AssertStack(expected, line);

    [Theory]
    [InlineData("S\" a.fs\" R/O OPEN-FILE", "0 -38")]
    [InlineData("S\" a.fs\" R/W CREATE-FILE", "0 -38")]
    [InlineData("S\" a.fs\" DELETE-FILE", "-38")]
    [InlineData("S\" a.fs\" FILE-STATUS", "0 -38")]
    [InlineData("S\" a.fs\" S\" b.fs\" RENAME-FILE", "-38")]
    public void WithoutAFileSystemEveryFileIsMissing(string line, string expected) => AssertStack(expected, line);

    [Theory]
    [InlineData("S\" a.fs\" 0 OPEN-FILE", "0 -24")]
    [InlineData("S\" a.fs\" 64 OPEN-FILE", "0 -24")]
    [InlineData("-1 5 R/O OPEN-FILE", "0 -9")]
    public void ABadAccessMethodOrNameIsAnIor(string line, string expected) => AssertStack(expected, line);

    [Theory]
    [InlineData("S\" missing.fs\" INCLUDED", ThrowCode.NonExistentFile)]
    [InlineData("INCLUDE missing.fs", ThrowCode.NonExistentFile)]
    [InlineData("REQUIRE missing.fs", ThrowCode.NonExistentFile)]
    [InlineData("S\" missing.fs\" REQUIRED", ThrowCode.NonExistentFile)]
    [InlineData("INCLUDE", ThrowCode.ZeroLengthName)]
    [InlineData("3 INCLUDE-FILE", ThrowCode.FileIo)]
    [InlineData("INCLUDE-FILE", ThrowCode.StackUnderflow)]
    [InlineData("1 2 READ-LINE", ThrowCode.StackUnderflow)]
    public void IncludingWhatCannotBeOpenedThrows(string line, long code) => AssertThrows(code, line);

    [Fact]
    public void TheMissingFileIsNamedInTheError()
    {
        AssertThrows(ThrowCode.NonExistentFile, "INCLUDE missing.fs");
        Assert.Equal("missing.fs", ErrorDetail);
    }

    [Fact]
    public void CatchTakesTheIncludeError() =>
        AssertStack("-38", "S\" missing.fs\" ' INCLUDED CATCH NIP NIP");
}
