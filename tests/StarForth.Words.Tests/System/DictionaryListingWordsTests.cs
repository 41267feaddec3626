using System;
using System.Linq;
using Xunit;

namespace StarForth.Words.Tests;

public sealed class DictionaryListingWordsTests : ForthTest
{
    private string[] Words(params string[] lines) =>
        Forth.Output(lines).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void WordsListsEachNameOnce()
    {
        string[] names = Words("WORDS");
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (string shadowed in new[] { "MOD", "*/MOD", "'", "FIND", "STATE", "LITERAL" })
        {
            Assert.Single(names, name => name == shadowed);
        }
    }

    [Fact]
    public void WordsListsNoInternalBuiltIns()
    {
        string[] names = Words("WORDS");
        Assert.DoesNotContain("does_rt", names);
        Assert.DoesNotContain("(s\")", names);
        Assert.Contains("DUP", names);
    }

    [Fact]
    public void WordsListsANewDefinitionFirstAndTheOlderOneNotAtAll()
    {
        string[] names = Words(": TWICE 1 ; : twice 2 ;", "WORDS");
        Assert.Equal("twice", names[0]);
        Assert.DoesNotContain("TWICE", names);
    }

    [Fact]
    public void WordsListsALowerCaseUserWord() => Assert.Equal("lower", Words(": lower ;", "WORDS")[0]);

    [Fact]
    public void WordsListsOnlyTheFirstWordListOfTheOrder()
    {
        Assert.Equal(["B", "A"], Words("VARIABLE W WORDLIST W ! W @ SET-CURRENT : A ; : B ; FORTH-WORDLIST SET-CURRENT", "ALSO W @ CONTEXT ! WORDS PREVIOUS"));
        Assert.Equal("ZUSE-AUTHENTICATE", Words("STARFORTH WORDS FORTH")[0]);
    }

    [Fact]
    public void WordsOfAnEmptyOrderListsNothing() => Assert.Equal("\n", Forth.Output(": E 0 SET-ORDER WORDS ONLY ; E"));

    [Fact]
    public void VlistListsShadowedWordsToo() =>
        Assert.Equal(2, Words(": TWICE 1 ; : TWICE 2 ;", "VLIST").Count(name => name == "TWICE"));
}
