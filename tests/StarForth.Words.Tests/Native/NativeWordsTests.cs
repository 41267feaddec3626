using Xunit;

namespace StarForth.Words.Tests.Native;

/// <summary>
/// NATIVE, -NATIVE, NATIVE? and SEE-CODE on a host without executable memory (this suite's host has no MapCode):
/// everything is interpreted and says so. tests/StarForth.Cli.Tests/NativeCodeTests runs them where native code runs.
/// </summary>
public class NativeWordsTests : ForthTest
{
    [Fact]
    public void NativeIsOffAndCannotBeTurnedOnWithoutExecutableMemory()
    {
        AssertStack("0", "NATIVE?");
        AssertThrows(ThrowCode.UnsupportedOperation, "NATIVE");
        Assert.Equal("NATIVE", ErrorDetail);
        AssertStack("0", "-NATIVE NATIVE?");
    }

    [Fact]
    public void SeeCodeNeedsNativeCodeAndAColonDefinition()
    {
        AssertThrows(ThrowCode.UnsupportedOperation, ": SQUARE DUP * ;", "SEE-CODE SQUARE");
        Assert.Equal("SQUARE", ErrorDetail);
        AssertThrows(ThrowCode.InvalidAddress, "SEE-CODE DUP");
        AssertThrows(ThrowCode.UndefinedWord, "SEE-CODE NO-SUCH-WORD");
        AssertThrows(ThrowCode.ZeroLengthName, "SEE-CODE");
    }

    [Fact]
    public void DefinitionsRunTheSameWhetherNativeCodeIsAskedForOrNot()
    {
        AssertStack("45 45", ": NSUM 0 10 0 DO I + LOOP ; NSUM", "-NATIVE NSUM");
    }
}
