using System;
using System.IO;
using StarForth.Testing;
using Xunit;

namespace StarForth.Cli.Tests;

/// <summary>The FILE word set on real files: INCLUDE and its error places, reading and writing files.</summary>
public class FileTests
{
    /// <summary>How the session names a file in an error: relative to the working directory it runs in (the temp folder).</summary>
    private static string Shown(string path) => Path.GetRelativePath(Path.GetTempPath(), path);

    [Fact]
    public void NestedIncludesFindFilesBesideTheIncludingFile()
    {
        string directory = StarForthProcess.TemporaryDirectory();
        Directory.CreateDirectory(Path.Combine(directory, "lib"));
        File.WriteAllText(Path.Combine(directory, "main.fs"), ".( main ) INCLUDE lib/a.fs\n3 SQUARE . A-DONE .\n");
        File.WriteAllText(Path.Combine(directory, "lib", "a.fs"), ".( a ) INCLUDE b.fs\n: SQUARE DUP * ;\n1 CONSTANT A-DONE\n");
        File.WriteAllText(Path.Combine(directory, "lib", "b.fs"), ".( b )\n");

        var result = StarForthProcess.Run(null, Path.Combine(directory, "main.fs"));

        Assert.Equal("", result.Error);
        Assert.Equal("main a b 9 1 ", result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void AParenCommentInAnIncludedFileGoesOnOverItsNextLines()
    {
        string file = StarForthProcess.TemporaryFile("comment.fs", "1 ( opened here\nstill a comment 2\n) 3 .S\n4 ( never closed\n5 .\n");

        var result = StarForthProcess.Run(null, "-e", $"INCLUDE {Shown(file)} 6 .S");

        Assert.Equal("", result.Error);
        Assert.Equal("<2> 1 3 <4> 1 3 4 6 ", result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void REFILLInAScriptReadsTheScriptsNextLineAndACCEPTStillReadsStandardInput()
    {
        string file = StarForthProcess.TemporaryFile("skip.fs",
            "0 [IF]\n1 .\n[ELSE]\n2 .\n[THEN]\nPAD 20 ACCEPT PAD SWAP TYPE\n: R REFILL . SOURCE TYPE ; R\n\\ read by REFILL\n");

        var result = StarForthProcess.Run("typed\n", file);

        Assert.Equal("", result.Error);
        Assert.Equal("2 typed-1 \\ read by REFILL", result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void ARelativeNameNotBesideTheIncludingFileIsFromTheWorkingDirectory()
    {
        string file = StarForthProcess.TemporaryFile("cwd.fs", "42 .\n");

        var result = StarForthProcess.Run(null, "-e", $"INCLUDE {Shown(file)}");

        Assert.Equal("42 ", result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void AMissingFileIsMinus38()
    {
        var result = StarForthProcess.Run(null, "-e", "1 2 INCLUDE no-such-file.fs");

        Assert.Equal("<command line>:1:5: error: -38 non-existent file: no-such-file.fs\n", result.Error);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void AnErrorInANestedFileIsReportedAtItsPlaceAndUnwindsEveryLevel()
    {
        string directory = StarForthProcess.TemporaryDirectory();
        string outer = Path.Combine(directory, "outer.fs");
        string inner = Path.Combine(directory, "inner.fs");
        File.WriteAllText(outer, "1 2\nINCLUDE inner.fs\n.( not reached )\n");
        File.WriteAllText(inner, ": OK ;\n  OK NOSUCH OK\n");

        var result = StarForthProcess.Run(null, "-e", $"INCLUDE {Shown(outer)}", "-e", "DEPTH . S\" x\" R/O OPEN-FILE . .");

        Assert.Equal($"{Shown(inner)}:2:6: error: -13 undefined word: NOSUCH\n", result.Error);
        Assert.Equal("0 -38 0 ", result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void IncludesNestedTooDeeplyAreMinus259()
    {
        string file = StarForthProcess.TemporaryFile("self.fs", "INCLUDE self.fs\n");

        var result = StarForthProcess.Run(null, "-e", $"INCLUDE {Shown(file)}", "-e", "S\" self.fs\" R/O OPEN-FILE NIP .");

        Assert.Equal($"{Shown(file)}:1:1: error: -259 input sources nested too deeply\n", result.Error);
        Assert.Equal("-38 ", result.Output);
    }

    [Fact]
    public void ABadFileIdIsAnIorAndNoCrash()
    {
        var result = StarForthProcess.Run(null, "-e", "99 CLOSE-FILE . 0 FILE-SIZE . . . PAD 5 -3 READ-FILE . .");

        Assert.Equal("-37 -37 0 0 -37 0 ", result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void ReadLineAtTheEndOfTheFileGivesAFalseFlag()
    {
        string file = StarForthProcess.TemporaryFile("two.txt", "first\r\nlast");

        var result = StarForthProcess.Run(null, "-e",
            $"S\" {file}\" R/O OPEN-FILE THROW VALUE F  CREATE B 80 ALLOT "
            + ": L B 80 F READ-LINE . . B SWAP TYPE SPACE ;  L L L  F CLOSE-FILE .");

        Assert.Equal("", result.Error);
        Assert.Equal("0 -1 first 0 -1 last 0 0  0 ", result.Output);
    }

    [Fact]
    public void WrittenLinesReadBack()
    {
        string file = Path.Combine(StarForthProcess.TemporaryDirectory(), "w.txt");

        var result = StarForthProcess.Run(null, "-e",
            $"S\" {file}\" R/W CREATE-FILE THROW VALUE F  S\" alpha\" F WRITE-LINE .  S\" beta\" F WRITE-FILE .  F FLUSH-FILE . "
            + "F FILE-SIZE . . .  F FILE-POSITION . . .  0 0 F REPOSITION-FILE .  CREATE B 80 ALLOT "
            + "B 80 F READ-FILE . B SWAP TYPE SPACE  3 0 F RESIZE-FILE . F FILE-SIZE . . .  F CLOSE-FILE .");

        Assert.Equal("", result.Error);
        Assert.Equal("0 0 0 0 0 10 0 0 10 0 0 alpha\nbeta 0 0 0 3 0 ", result.Output);
        Assert.Equal("alp", File.ReadAllText(file));
    }

    [Fact]
    public void FilesAreRenamedAndDeleted()
    {
        string directory = StarForthProcess.TemporaryDirectory();
        string from = Path.Combine(directory, "a.txt");
        string to = Path.Combine(directory, "b.txt");
        File.WriteAllText(from, "x");

        var result = StarForthProcess.Run(null, "-e",
            $"S\" {from}\" S\" {to}\" RENAME-FILE .  S\" {from}\" FILE-STATUS . .  S\" {to}\" FILE-STATUS . .  "
            + $"S\" {to}\" DELETE-FILE .  S\" {to}\" DELETE-FILE .");

        Assert.Equal("0 -38 0 0 0 0 -38 ", result.Output);
        Assert.False(File.Exists(to));
    }

    [Fact]
    public void RequireIncludesAFileOnceByItsFullPath()
    {
        string directory = StarForthProcess.TemporaryDirectory();
        string main = Path.Combine(directory, "main.fs");
        File.WriteAllText(Path.Combine(directory, "once.fs"), ".( once )\n");
        File.WriteAllText(main, "REQUIRE once.fs\nREQUIRE ./once.fs\nS\" once.fs\" REQUIRED\nINCLUDE once.fs\n");

        var result = StarForthProcess.Run(null, main);

        Assert.Equal("once once ", result.Output);
    }

    [Fact]
    public void IncludedFilesHaveTheirOwnSourceIdAndRefill()
    {
        string file = StarForthProcess.TemporaryFile("refill.fs", "SOURCE-ID 0> .\nREFILL . this rest of the line is not interpreted\n7 .\n");

        var result = StarForthProcess.Run(null, "-e", $"INCLUDE {Shown(file)} SOURCE-ID . .");

        Assert.Equal("", result.Error);
        Assert.Equal("-1 7 0 -1 ", result.Output);
    }

    [Fact]
    public void AnUnterminatedDefinitionAtTheEndOfAnIncludedFileIsMinus39()
    {
        string directory = StarForthProcess.TemporaryDirectory();
        string outer = Path.Combine(directory, "outer.fs");
        string half = Path.Combine(directory, "half.fs");
        File.WriteAllText(outer, "INCLUDE half.fs\n.( not reached )\n");
        File.WriteAllText(half, ": OK 1 ;\n: HALF 1 2\n");

        var result = StarForthProcess.Run(null, "-e", $"INCLUDE {Shown(outer)}", "-e", "STATE @ . OK . DEPTH . HALF");

        Assert.Equal($"{Shown(half)}:2:11: error: -39 unexpected end of file: HALF\n<command line>:2:24: error: -13 undefined word: HALF\n", result.Error);
        Assert.Equal("0 1 0 ", result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void AnUnterminatedDefinitionInAnIncludedFileIsCaught()
    {
        string file = StarForthProcess.TemporaryFile("open.fs", ": OPEN 1\n");

        var result = StarForthProcess.Run(null, "-e", $"S\" {Shown(file)}\" ' INCLUDED CATCH . STATE @ . 5 .");

        Assert.Equal("", result.Error);
        Assert.Equal("-39 0 5 ", result.Output);
    }

    [Fact]
    public void IfSkipsAcrossLinesOfAnIncludedFile()
    {
        string file = StarForthProcess.TemporaryFile(
            "skip.fs",
            "0 [IF] .( no )\n: NO ;\n  1 [IF] nested [ELSE] deeper [THEN]\n[ELSE] .( yes )\n: YES 7 ;\n[THEN]\n"
            + "-1 [IF]\n.( then )\n[ELSE]\n.( else )\n[THEN] YES .\n");

        var result = StarForthProcess.Run(null, "-e", $"INCLUDE {Shown(file)}", "-e", "' NO");

        Assert.Equal("yes then 7 ", result.Output);
        Assert.Equal("<command line>:2:1: error: -13 undefined word: NO\n", result.Error);
    }

    [Fact]
    public void AnIfNotClosedInAnIncludedFileIsMinus39()
    {
        string file = StarForthProcess.TemporaryFile("open-if.fs", "0 [IF]\n.( skipped )\n");

        var result = StarForthProcess.Run(null, "-e", $"INCLUDE {Shown(file)}", "-e", "3 .");

        Assert.StartsWith($"{Shown(file)}:", result.Error);
        Assert.Contains("error: -39 unexpected end of file", result.Error);
        Assert.Equal("3 ", result.Output);
    }

    [Fact]
    public void TheMultiFileExampleRuns()
    {
        string root = RepositoryRoot.Path;

        var result = StarForthProcess.Run(null, Path.Combine(root, "examples", "inventory", "main.fs"));

        Assert.Equal("", result.Error);
        Assert.Equal("apples: 7 \npears: 30 \nread: apples 7\nread: pears 30\n", result.Output);
        Assert.Equal(0, result.ExitCode);
    }
}
