using Xunit;

namespace StarForth.Words.Tests;

public sealed class ArithmeticWordsTests : ForthTest
{
    [Theory]
    [InlineData("1 2 +", "3")]
    [InlineData("-5 3 +", "-2")]
    [InlineData("9223372036854775807 1 +", "-9223372036854775808")]
    [InlineData("10 3 -", "7")]
    [InlineData("3 10 -", "-7")]
    [InlineData("-9223372036854775808 1 -", "9223372036854775807")]
    [InlineData("6 7 *", "42")]
    [InlineData("-6 7 *", "-42")]
    [InlineData("4611686018427387904 2 *", "-9223372036854775808")]
    [InlineData("5 1+", "6")]
    [InlineData("5 1-", "4")]
    [InlineData("5 2+", "7")]
    [InlineData("5 2-", "3")]
    [InlineData("9223372036854775807 1+", "-9223372036854775808")]
    [InlineData("3 2*", "6")]
    [InlineData("-3 2*", "-6")]
    [InlineData("4611686018427387904 2*", "-9223372036854775808")]
    [InlineData("7 2/", "3")]
    [InlineData("-7 2/", "-4")]
    [InlineData("-1 2/", "-1")]
    [InlineData("-9223372036854775808 2/", "-4611686018427387904")]
    [InlineData("5 ABS", "5")]
    [InlineData("-5 ABS", "5")]
    [InlineData("0 ABS", "0")]
    [InlineData("-9223372036854775808 ABS", "-9223372036854775808")]
    [InlineData("5 NEGATE", "-5")]
    [InlineData("-5 NEGATE", "5")]
    [InlineData("-9223372036854775808 NEGATE", "-9223372036854775808")]
    [InlineData("3 7 MIN", "3")]
    [InlineData("7 3 MIN", "3")]
    [InlineData("-1 1 MIN", "-1")]
    [InlineData("-9223372036854775808 9223372036854775807 MIN", "-9223372036854775808")]
    [InlineData("3 7 MAX", "7")]
    [InlineData("7 3 MAX", "7")]
    [InlineData("-1 1 MAX", "1")]
    [InlineData("-9223372036854775808 9223372036854775807 MAX", "9223372036854775807")]
    public void SingleCellArithmeticWrapsLikeTwosComplement(string source, string expected) =>
        AssertStack(expected, source);

    [Theory]
    [InlineData("7 2 /", "3")]
    [InlineData("-7 2 /", "-3")]
    [InlineData("7 -2 /", "-3")]
    [InlineData("-7 -2 /", "3")]
    [InlineData("7 2 MOD", "1")]
    [InlineData("-7 2 MOD", "-1")]
    [InlineData("7 -2 MOD", "1")]
    [InlineData("-7 -2 MOD", "-1")]
    [InlineData("7 2 /MOD", "1 3")]
    [InlineData("-7 2 /MOD", "-1 -3")]
    [InlineData("7 -2 /MOD", "1 -3")]
    [InlineData("-7 -2 /MOD", "-1 3")]
    [InlineData("6 3 /MOD", "0 2")]
    [InlineData("0 5 /MOD", "0 0")]
    public void DivisionIsSymmetric(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("-9223372036854775808 -1 /")]
    [InlineData("-9223372036854775808 -1 /MOD")]
    public void MostNegativeCellDividedByMinusOneIsOutOfRange(string source) =>
        AssertThrows(ThrowCode.ResultOutOfRange, source);

    [Theory]
    [InlineData("-9223372036854775808 -1 MOD", "0")]
    [InlineData("-9223372036854775808 1 /", "-9223372036854775808")]
    [InlineData("9223372036854775807 -1 /", "-9223372036854775807")]
    [InlineData("-9223372036854775808 2 /MOD", "0 -4611686018427387904")]
    [InlineData("-9223372036854775808 9223372036854775807 /MOD", "-1 -1")]
    public void DivisionAtTheEdgesOfTheCell(string source, string expected) =>
        AssertStack(expected, source);

    [Theory]
    [InlineData("5 0 /")]
    [InlineData("5 0 MOD")]
    [InlineData("5 0 /MOD")]
    [InlineData("1 2 0 */")]
    [InlineData("1 2 0 */MOD")]
    [InlineData("0 0 /")]
    public void DivisionByZeroIsMinus10(string source) => AssertThrows(ThrowCode.DivisionByZero, source);

    [Fact]
    public void DivisionByZeroCaughtKeepsTheOperandsDepth()
    {
        AssertStack("99 -10", "99 : T 5 0 / ; ' T CATCH");
    }

    [Theory]
    [InlineData("10 3 4 */", "7")]
    [InlineData("-10 3 4 */", "-7")]
    [InlineData("10 -3 4 */", "-7")]
    [InlineData("10 3 -4 */", "-7")]
    [InlineData("-10 -3 -4 */", "-7")]
    [InlineData("10 3 4 */MOD", "2 7")]
    [InlineData("-10 3 4 */MOD", "-2 -7")]
    [InlineData("10 3 -4 */MOD", "2 -7")]
    [InlineData("-10 -3 4 */MOD", "2 7")]
    [InlineData("0 5 7 */MOD", "0 0")]
    public void StarSlashIsSymmetricWithTheRemainderSignOfTheProduct(string source, string expected) =>
        AssertStack(expected, source);

    [Theory]
    [InlineData("9223372036854775807 2 2 */", "9223372036854775807")]
    [InlineData("9223372036854775807 3 4 */", "6917529027641081855")]
    [InlineData("9223372036854775807 3 4 */MOD", "1 6917529027641081855")]
    [InlineData("9223372036854775807 9223372036854775807 9223372036854775807 */", "9223372036854775807")]
    [InlineData("9223372036854775807 9223372036854775806 9223372036854775807 */", "9223372036854775806")]
    [InlineData("-9223372036854775808 -9223372036854775808 -9223372036854775808 */", "-9223372036854775808")]
    [InlineData("9223372036854775807 -9223372036854775808 -9223372036854775808 */", "9223372036854775807")]
    [InlineData("-9223372036854775808 2 3 */MOD", "-1 -6148914691236517205")]
    [InlineData("123456789123 987654321987 1000000007 */MOD", "187830321 121932630502440")]
    [InlineData("-123456789123 987654321987 1000000007 */MOD", "-187830321 -121932630502440")]
    [InlineData("1000000000000000000 1000000000000000000 300000000000000000 */MOD", "100000000000000000 3333333333333333333")]
    public void StarSlashKeepsTheFull128BitProduct(string source, string expected) => AssertStack(expected, source);

    [Theory]
    [InlineData("9223372036854775807 3 2 */")]
    [InlineData("9223372036854775807 9223372036854775807 1 */")]
    [InlineData("-9223372036854775808 -1 1 */")]
    [InlineData("-9223372036854775808 1 -1 */")]
    [InlineData("-9223372036854775808 -9223372036854775808 1 */MOD")]
    [InlineData("4611686018427387904 4 2 */MOD")]
    public void StarSlashQuotientOutsideACellIsMinus11(string source) =>
        AssertThrows(ThrowCode.ResultOutOfRange, source);

    [Theory]
    [InlineData("-9223372036854775808 2 3 */", "-6148914691236517205")]
    [InlineData("4611686018427387904 -4 2 */", "-9223372036854775808")]
    public void StarSlashReachesTheMostNegativeCell(string source, string expected) => AssertStack(expected, source);

    [Fact]
    public void StarSlashErrorsLeaveTheOperandsInPlace()
    {
        AssertStack("1 2 0 -10", "1 2 0 ' */ CATCH");
        AssertStack("1 2 0 -10 9223372036854775807 3 2 -11", "9223372036854775807 3 2 ' */MOD CATCH");
    }

    [Theory]
    [InlineData("-7 2 29 EXECUTE", "-1")]
    [InlineData("-7 2 30 EXECUTE", "-1 -3")]
    [InlineData("9223372036854775807 3 4 31 EXECUTE", "6917529027641081855")]
    [InlineData("-10 3 4 32 EXECUTE", "-2 -7")]
    public void LockedCStarForthIdsBehaveLikeTheAnsWords(string source, string expected) =>
        AssertStack(expected, source);

    [Theory]
    [InlineData("+", "1")]
    [InlineData("-", "1")]
    [InlineData("*", "1")]
    [InlineData("/", "1")]
    [InlineData("MOD", "1")]
    [InlineData("/MOD", "1")]
    [InlineData("*/", "1 2")]
    [InlineData("*/MOD", "1 2")]
    [InlineData("1+", "")]
    [InlineData("1-", "")]
    [InlineData("2+", "")]
    [InlineData("2-", "")]
    [InlineData("2*", "")]
    [InlineData("2/", "")]
    [InlineData("ABS", "")]
    [InlineData("NEGATE", "")]
    [InlineData("MIN", "1")]
    [InlineData("MAX", "1")]
    public void UnderflowLeavesTheStackUnchanged(string word, string preload) =>
        AssertUnderflowLeavesStackUnchanged(word, preload);
}
