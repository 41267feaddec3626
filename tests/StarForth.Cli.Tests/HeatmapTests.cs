using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using Xunit;

namespace StarForth.Cli.Tests;

/// <summary><c>starforth --heatmap FILE.png</c>: the snapshot of heat and transitions, its PNG, and the command's errors.</summary>
public class HeatmapTests
{
    /// <summary>The chunks of a PNG after checking its signature and each chunk's CRC: (type, data) in file order.</summary>
    private static List<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = new List<(string, byte[])>();
        int at = 8;
        while (at < png.Length)
        {
            int length = (int)BigEndian(png, at);
            string type = Encoding.ASCII.GetString(png, at + 4, 4);
            byte[] data = png[(at + 8)..(at + 8 + length)];
            Assert.Equal(Crc32(png[(at + 4)..(at + 8 + length)]), BigEndian(png, at + 8 + length));
            chunks.Add((type, data));
            at += 12 + length;
        }
        return chunks;
    }

    private static uint BigEndian(byte[] bytes, int at) =>
        (uint)bytes[at] << 24 | (uint)bytes[at + 1] << 16 | (uint)bytes[at + 2] << 8 | bytes[at + 3];

    /// <summary>Bit by bit, independent of the table the writer uses.</summary>
    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }
        return ~crc;
    }

    /// <summary>The decompressed scanlines (filter byte and RGB per row) of a PNG with one IDAT.</summary>
    private static byte[] Scanlines(byte[] idat)
    {
        using var zlib = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress);
        var rows = new MemoryStream();
        zlib.CopyTo(rows);
        return rows.ToArray();
    }

    [Fact]
    public void AfterARunTheFileIsAPngOfTheChartSize()
    {
        string png = Path.Combine(StarForthProcess.TemporaryDirectory(), "heat.png");

        var result = StarForthProcess.Run(null, "--heatmap", png, "-e", ": SQ DUP * ; : RUN 100 0 DO 3 SQ DROP LOOP ; RUN 7 .");

        Assert.Equal("", result.Error);
        Assert.Equal("7 ", result.Output);
        Assert.Equal(0, result.ExitCode);
        List<(string Type, byte[] Data)> chunks = Chunks(File.ReadAllBytes(png));
        Assert.Equal(new[] { "IHDR", "IDAT", "IEND" }, chunks.ConvertAll(c => c.Type));
        byte[] header = chunks[0].Data;
        Assert.Equal(1200u, BigEndian(header, 0));
        Assert.Equal(1600u, BigEndian(header, 4));
        Assert.Equal(new byte[] { 8, 2, 0, 0, 0 }, header[8..]);
        Assert.Equal(1600 * (1 + 1200 * 3), Scanlines(chunks[1].Data).Length);
    }

    [Fact]
    public void AnUnwritablePathIsAClearErrorAndStatus2AfterTheRun()
    {
        string png = Path.Combine(StarForthProcess.TemporaryDirectory(), "no-such-directory", "heat.png");

        var result = StarForthProcess.Run(null, "--heatmap", png, "-e", "7 .");

        Assert.Equal("7 ", result.Output);
        Assert.StartsWith($"starforth: cannot write heat map {png}: ", result.Error);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(png));
    }

    [Fact]
    public void TheSnapshotRanksTheHottestWordsAndCountsTheirTransitions()
    {
        using ForthSession session = ForthSession.Start(Machine.DefaultArenaSize, new MemoryStream(), TextWriter.Null, input: null)!;
        Assert.True(session.RunLine(": LEAF ; : TWIG LEAF LEAF ; TWIG TWIG"u8, "test", 1));

        ExecutionHeatSnapshot snapshot = ExecutionHeatSnapshot.Take(session.Machine, 30);

        int leaf = IndexOf(snapshot, "LEAF");
        int twig = IndexOf(snapshot, "TWIG");
        Assert.Equal(0, leaf);
        Assert.Equal(4, snapshot.Heat[leaf]);
        Assert.Equal(2, snapshot.Heat[twig]);
        Assert.Equal(2, snapshot.Transitions[twig, leaf]);
        Assert.Equal(2, snapshot.Transitions[leaf, leaf]);
        Assert.Equal(1, snapshot.Transitions[leaf, twig]);
        Assert.Equal(0, snapshot.Transitions[twig, twig]);

        ExecutionHeatSnapshot top2 = ExecutionHeatSnapshot.Take(session.Machine, 2);
        Assert.Equal(2, top2.Names.Count);
        Assert.Equal("LEAF", top2.Names[0]);
    }

    private static int IndexOf(ExecutionHeatSnapshot snapshot, string name)
    {
        for (int i = 0; i < snapshot.Names.Count; i++)
        {
            if (snapshot.Names[i] == name)
            {
                return i;
            }
        }
        throw new Xunit.Sdk.XunitException($"{name} is not in the snapshot");
    }

    [Fact]
    public void ThePngHoldsExactlyThePixelsDrawn()
    {
        var image = new RasterImage(7, 3, new Colour(255, 255, 255));
        image.FillRectangle(2, 1, 3, 5, new Colour(10, 20, 30));
        var file = new MemoryStream();

        PngFile.Write(file, image.Width, image.Height, image.Pixels);

        List<(string Type, byte[] Data)> chunks = Chunks(file.ToArray());
        byte[] rows = Scanlines(chunks[1].Data);
        Assert.Equal(3 * (1 + 7 * 3), rows.Length);
        Assert.Equal(new byte[] { 0, 255, 255, 255, 255, 255, 255, 10, 20, 30 }, rows[22..32]);
        Assert.Equal(new Colour(10, 20, 30), image.PixelAt(4, 2));
        Assert.Equal(new Colour(255, 255, 255), image.PixelAt(5, 2));
        Assert.Equal(new Colour(255, 255, 255), image.PixelAt(2, 0));
    }
}
