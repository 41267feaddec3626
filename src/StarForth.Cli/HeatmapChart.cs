using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace StarForth.Cli;

/// <summary>
/// The hottest words after a run and how often each followed another: read from the machine's
/// <see cref="ExecutionProfile"/> once, so that drawing never touches the VM.
/// </summary>
public sealed class ExecutionHeatSnapshot
{
    public long WordsExecuted { get; }

    /// <summary>The hottest words' names, hottest first (ties in word_id order).</summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<long> Heat { get; }

    /// <summary>Transitions[from, to]: how often word <c>to</c> was recorded right after word <c>from</c> (indexes into <see cref="Names"/>).</summary>
    public long[,] Transitions { get; }

    private ExecutionHeatSnapshot(long wordsExecuted, List<string> names, List<long> heat, long[,] transitions)
    {
        WordsExecuted = wordsExecuted;
        Names = names;
        Heat = heat;
        Transitions = transitions;
    }

    /// <summary>The <paramref name="top"/> words with the most heat (decayed as HEAT reports it) and their transitions.</summary>
    public static ExecutionHeatSnapshot Take(Machine machine, int top)
    {
        ExecutionProfile profile = machine.Profile;
        WordTable words = machine.WordTable;
        profile.ApplyHeatDecay();
        var warm = new List<(int WordId, long Heat)>();
        for (int wordId = 0; wordId <= words.LatestWordId; wordId++)
        {
            long heat = words.IsWord(wordId) ? profile.HeatOf(wordId) : 0;
            if (heat > 0)
            {
                warm.Add((wordId, heat));
            }
        }
        warm.Sort((a, b) => a.Heat != b.Heat ? b.Heat.CompareTo(a.Heat) : a.WordId.CompareTo(b.WordId));
        if (warm.Count > top)
        {
            warm.RemoveRange(top, warm.Count - top);
        }
        var index = new Dictionary<int, int>();
        var names = new List<string>();
        var heats = new List<long>();
        foreach ((int wordId, long heat) in warm)
        {
            index[wordId] = names.Count;
            names.Add(Encoding.Latin1.GetString(words.NameOf(wordId)));
            heats.Add(heat);
        }
        var transitions = new long[names.Count, names.Count];
        for (int slot = 0; slot < ExecutionProfile.TransitionCapacity; slot++)
        {
            if (profile.TransitionAt(slot, out int from, out int to, out long count)
                && index.TryGetValue(from, out int row) && index.TryGetValue(to, out int column))
            {
                transitions[row, column] += count;
            }
        }
        return new ExecutionHeatSnapshot(profile.WordsExecuted, names, heats, transitions);
    }
}

/// <summary>
/// <c>starforth --heatmap FILE.png</c>: one picture of a run, (a) a bar of heat per word for the hottest words and
/// (b) their word-to-word transition matrix as a heat map, drawn by <see cref="RasterImage"/> and saved by
/// <see cref="PngFile"/>, so the NativeAOT build needs no charting library.
/// </summary>
public static class HeatmapChart
{
    public const int TopWords = 30;
    public const int Width = 1200;
    public const int Height = 1600;

    private const int Margin = 20;
    private const int TextScale = 2;
    private const int LineHeight = 18;
    private const int LabelCharacters = 16;
    private const int PlotLeft = Margin + LabelCharacters * (PixelFont.GlyphWidth + 1) * TextScale + 18;
    private const int BarsTop = 130;
    private const int MatrixTitleTop = BarsTop + TopWords * LineHeight + 30;
    private const int MatrixTop = MatrixTitleTop + 30 + LabelCharacters * (PixelFont.GlyphWidth + 1) * TextScale + 10;
    private const int Cell = 20;

    private static readonly Colour Background = new(255, 255, 255);
    private static readonly Colour Ink = new(33, 33, 33);
    private static readonly Colour Faint = new(110, 110, 110);
    private static readonly Colour Bar = new(217, 95, 2);
    private static readonly Colour EmptyCell = new(240, 240, 240);
    private static readonly Colour Cool = new(255, 247, 188);
    private static readonly Colour Warm = new(253, 141, 60);
    private static readonly Colour Hot = new(128, 0, 38);

    /// <summary>Draws the machine's heat and writes it to <paramref name="path"/>; false (reported to <paramref name="failure"/>) when it cannot be written.</summary>
    public static bool Save(Machine machine, string path, HostFailure failure)
    {
        RasterImage image = Draw(ExecutionHeatSnapshot.Take(machine, TopWords));
        try
        {
            using FileStream file = File.Create(path);
            PngFile.Write(file, image.Width, image.Height, image.Pixels);
            return true;
        }
        catch (Exception exception) when (HostFailure.IsHostIo(exception))
        {
            failure.Record("write heat map", path, exception);
            return false;
        }
    }

    public static RasterImage Draw(ExecutionHeatSnapshot snapshot)
    {
        var image = new RasterImage(Width, Height, Background);
        image.DrawText(Margin, Margin, "STARFORTH EXECUTION HEAT", 3, Ink);
        image.DrawText(Margin, Margin + 34, $"{Number(snapshot.WordsExecuted)} WORD EXECUTIONS RECORDED; THE {snapshot.Names.Count} HOTTEST WORDS", TextScale, Faint);
        image.DrawText(Margin, BarsTop - 30, "HEAT PER WORD (BAR LENGTH ON A LOG SCALE)", TextScale, Ink);
        image.DrawText(Margin, MatrixTitleTop, "TRANSITIONS BETWEEN THEM (ROW: FROM, COLUMN: TO)", TextScale, Ink);
        if (snapshot.Names.Count == 0)
        {
            image.DrawText(PlotLeft, BarsTop, "NO WORD HAS HEAT", TextScale, Faint);
            image.DrawText(PlotLeft, MatrixTop, "NO TRANSITIONS", TextScale, Faint);
            return image;
        }
        DrawBars(image, snapshot);
        DrawMatrix(image, snapshot);
        return image;
    }

    /// <summary>Bars on a log scale: one hot inner loop would otherwise leave every other bar a sliver.</summary>
    private static void DrawBars(RasterImage image, ExecutionHeatSnapshot snapshot)
    {
        long hottest = snapshot.Heat[0];
        int longest = Width - Margin - PlotLeft - 130;
        for (int i = 0; i < snapshot.Names.Count; i++)
        {
            int top = BarsTop + i * LineHeight;
            image.DrawText(Margin, top, Label(snapshot.Names[i]), TextScale, Ink);
            int length = (int)Math.Max(1, Math.Log(1 + snapshot.Heat[i]) * longest / Math.Log(1 + hottest));
            image.FillRectangle(PlotLeft, top, length, LineHeight - 4, Bar);
            image.DrawText(PlotLeft + length + 8, top, Number(snapshot.Heat[i]), TextScale, Faint);
        }
    }

    private static void DrawMatrix(RasterImage image, ExecutionHeatSnapshot snapshot)
    {
        int words = snapshot.Names.Count;
        long most = 0;
        foreach (long count in snapshot.Transitions)
        {
            most = Math.Max(most, count);
        }
        for (int i = 0; i < words; i++)
        {
            string label = Label(snapshot.Names[i]);
            image.DrawText(Margin, MatrixTop + i * Cell + 3, label, TextScale, Ink);
            image.DrawTextUpward(PlotLeft + i * Cell + 3, MatrixTop - 8, label, TextScale, Ink);
        }
        for (int row = 0; row < words; row++)
        {
            for (int column = 0; column < words; column++)
            {
                long count = snapshot.Transitions[row, column];
                Colour colour = count == 0 ? EmptyCell : Ramp(Math.Log(1 + count) / Math.Log(1 + most));
                image.FillRectangle(PlotLeft + column * Cell, MatrixTop + row * Cell, Cell - 1, Cell - 1, colour);
            }
        }
        DrawLegend(image, PlotLeft + words * Cell + 40, Math.Max(words * Cell, 120), most);
    }

    /// <summary>The colour scale beside the matrix: logarithmic, so rare transitions stay visible next to a hot loop.</summary>
    private static void DrawLegend(RasterImage image, int left, int height, long most)
    {
        for (int y = 0; y < height; y++)
        {
            image.FillRectangle(left, MatrixTop + y, 24, 1, Ramp(1 - (double)y / (height - 1)));
        }
        image.DrawText(left + 34, MatrixTop, Number(most), TextScale, Faint);
        image.DrawText(left + 34, MatrixTop + height - 14, "1", TextScale, Faint);
        image.DrawText(left + 34, MatrixTop + height / 2 - 7, "LOG SCALE", TextScale, Faint);
        image.FillRectangle(left, MatrixTop + height + 12, 24, 14, EmptyCell);
        image.DrawText(left + 34, MatrixTop + height + 12, "0", TextScale, Faint);
    }

    private static Colour Ramp(double t) => t < 0.5 ? Cool.Toward(Warm, t * 2) : Warm.Toward(Hot, (t - 0.5) * 2);

    private static string Label(string name) => name.Length <= LabelCharacters ? name : name[..(LabelCharacters - 1)] + "~";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
