using System.IO;
using System.Text;
using Xunit;

namespace StarForth.Cli.Tests;

/// <summary>The hosted block device (--blocks FILE), the editor's command loop on it, and --init.</summary>
public class BlockDeviceTests
{
    [Fact]
    public void UpdatedBlocksAreWrittenToTheFileAndReadBackByTheNextRun()
    {
        string file = StarForthProcess.TemporaryFile("blocks.img", "");

        var write = StarForthProcess.Run(null, "--blocks", file, "-e", "S\" hello\" 2 BLOCK SWAP MOVE UPDATE FLUSH");
        var read = StarForthProcess.Run(null, "--blocks", file, "-e", "2 BLOCK 5 TYPE 2 BLOCK @ 0= .");

        Assert.Equal(0, write.ExitCode);
        byte[] image = File.ReadAllBytes(file);
        Assert.Equal(2048, image.Length);
        Assert.Equal("hello", Encoding.ASCII.GetString(image, 1024, 5));
        Assert.Equal(0, image[0]);
        Assert.Equal(0, read.ExitCode);
        Assert.Equal("hello0 ", read.Output);
    }

    [Fact]
    public void BlocksPastTheEndReadAsZerosAndAreNotWrittenWithoutUpdate()
    {
        string file = StarForthProcess.TemporaryFile("blocks.img", "");

        var result = StarForthProcess.Run(null, "--blocks", file, "-e", "1000 BLOCK @ . 1000 BLOCK 1016 + @ . FLUSH");
        var ram = StarForthProcess.Run(null, "-e", "1000 BLOCK");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 0 ", result.Output);
        Assert.Equal(0, new FileInfo(file).Length);
        Assert.Equal(1, ram.ExitCode);
        Assert.Equal("<command line>:1:6: error: -35 invalid block number\n", ram.Error);
    }

    [Fact]
    public void AnUnusableBlockFileIsABlockReadError()
    {
        string missingDirectory = Path.Combine(Path.GetTempPath(), "starforth-no-such-directory-" + System.Guid.NewGuid().ToString("N"), "blocks.img");

        var result = StarForthProcess.Run(null, "--blocks", missingDirectory, "-e", "1 BLOCK");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("<command line>:1:3: error: -33 block read exception\n", result.Error);
    }

    [Fact]
    public void EditReadsItsCommandsFromStandardInputAndSavesToTheFile()
    {
        string file = StarForthProcess.TemporaryFile("blocks.img", "");

        var result = StarForthProcess.Run("s 0 : GREET 42 . ;\nl 0\nw\nq\n", "--blocks", file, "-e", "3 EDIT", "-e", "3 LOAD GREET");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Screen 3:\n 0: \n", result.Output);
        Assert.Contains("SCR 3> ok\nSCR 3>  0: : GREET 42 . ;\nSCR 3> saved\nSCR 3> 42 ", result.Output);
        Assert.Equal(": GREET 42 . ;", Encoding.ASCII.GetString(File.ReadAllBytes(file), 2048, 14));
    }

    [Fact]
    public void InitFileRunsBeforeTheSourcesAndSkipsBlockHeaders()
    {
        string init = StarForthProcess.TemporaryFile("init.4th", "Block 2048\n: GREET 42 . ;\r\nBlock 2049\n(- metadata ( nested ) ) : TWICE GREET GREET ;\n");

        var result = StarForthProcess.Run(null, "--init", init, "-e", "TWICE");
        var missing = StarForthProcess.Run(null, "-e", "INIT");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("42 42 ", result.Output);
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("<command line>:1:1: error: -38 non-existent file: no init file\n", missing.Error);
    }
}
