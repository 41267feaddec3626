using Xunit;

namespace StarForth.Words.Tests;

/// <summary>EKEY>FKEY and the K- constants: the documented values, and which events EKEY>FKEY calls special keys.</summary>
public sealed class KeyEventWordsTests : ForthTest
{
    [Theory]
    [InlineData("K-UP", "1073741825")]
    [InlineData("K-DOWN", "1073741826")]
    [InlineData("K-LEFT", "1073741827")]
    [InlineData("K-RIGHT", "1073741828")]
    [InlineData("K-HOME", "1073741829")]
    [InlineData("K-END", "1073741830")]
    [InlineData("K-PRIOR", "1073741831")]
    [InlineData("K-NEXT", "1073741832")]
    [InlineData("K-INSERT", "1073741833")]
    [InlineData("K-DELETE", "1073741834")]
    [InlineData("K-F1", "1073741841")]
    [InlineData("K-F2", "1073741842")]
    [InlineData("K-F3", "1073741843")]
    [InlineData("K-F4", "1073741844")]
    [InlineData("K-F5", "1073741845")]
    [InlineData("K-F6", "1073741846")]
    [InlineData("K-F7", "1073741847")]
    [InlineData("K-F8", "1073741848")]
    [InlineData("K-F9", "1073741849")]
    [InlineData("K-F10", "1073741850")]
    [InlineData("K-F11", "1073741851")]
    [InlineData("K-F12", "1073741852")]
    [InlineData("K-SHIFT-MASK", "16777216")]
    [InlineData("K-CTRL-MASK", "33554432")]
    [InlineData("K-ALT-MASK", "67108864")]
    public void KeyConstantsHaveTheDocumentedValues(string word, string expected) => AssertStack(expected, word);

    [Theory]
    [InlineData("K-UP EKEY>FKEY", "1073741825 -1")]
    [InlineData("K-F12 EKEY>FKEY", "1073741852 -1")]
    [InlineData("K-HOME K-SHIFT-MASK OR EKEY>FKEY", "1090519045 -1")]
    [InlineData("K-F5 K-CTRL-MASK OR K-ALT-MASK OR K-SHIFT-MASK OR EKEY>FKEY NIP", "-1")]
    public void SpecialKeysWithAnyModifiersAreFunctionKeys(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("65 EKEY>FKEY", "65 0")]
    [InlineData("0 EKEY>FKEY", "0 0")]
    [InlineData("-1 EKEY>FKEY", "-1 0")]
    [InlineData("K-SHIFT-MASK EKEY>FKEY", "16777216 0")]
    [InlineData("1073741824 EKEY>FKEY", "1073741824 0")]
    [InlineData("1073741835 EKEY>FKEY", "1073741835 0")]
    [InlineData("1073741853 EKEY>FKEY", "1073741853 0")]
    [InlineData("K-UP 256 OR EKEY>FKEY", "1073742081 0")]
    public void CharactersAndUnknownEventsAreNot(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void KeyEventsAreDistinct() =>
        AssertStack("-1", "K-UP K-DOWN <> K-F1 K-F12 <> AND K-DELETE K-F1 <> AND K-SHIFT-MASK K-CTRL-MASK <> AND");

    [Fact]
    public void EKeyToFKeyUnderflows() => AssertThrows(ThrowCode.StackUnderflow, "EKEY>FKEY");
}
