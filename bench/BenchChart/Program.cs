using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ScottPlot;

namespace StarForth.BenchChart;

/// <summary>
/// bench/run's chart: the "X / gforth-fast" ratio columns of the tables in bench/results.md (compute programs, then
/// start-up) as grouped bars, one group per program and one bar per starforth build, with the parity line at 1.0
/// (below it starforth is faster) and a dotted line between the tables.
/// Usage: BenchChart results.md results.png
/// </summary>
public static class Program
{
    private static readonly Color[] BuildColors =
    {
        new(0x1f, 0x77, 0xb4), new(0xff, 0x7f, 0x0e), new(0x2c, 0xa0, 0x2c), new(0x94, 0x67, 0xbd),
    };

    public static int Main(string[] args)
    {
        if (args.Length != 2 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: BenchChart RESULTS.md CHART.png");
            return 2;
        }
        RatioTable table = RatioTable.Read(File.ReadAllLines(args[0]));
        if (table.Programs.Count == 0)
        {
            Console.Error.WriteLine($"BenchChart: {args[0]} has no table with '/ gforth-fast' ratio columns");
            return 1;
        }
        Draw(table).SavePng(args[1], Math.Max(960, 110 * table.Programs.Count), 540);
        Console.WriteLine($"BenchChart: {args[1]} ({table.Programs.Count} programs, {table.Builds.Count} builds)");
        return 0;
    }

    private static Plot Draw(RatioTable table)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        int builds = table.Builds.Count;
        double width = 0.8 / builds;
        for (int program = 0; program < table.Programs.Count; program++)
        {
            for (int build = 0; build < builds; build++)
            {
                double ratio = table.Ratios[program][build];
                if (double.IsNaN(ratio))
                {
                    continue;
                }
                bars.Add(new Bar
                {
                    Position = program + (build - (builds - 1) / 2.0) * width,
                    Value = ratio,
                    Size = width * 0.9,
                    FillColor = BuildColors[build % BuildColors.Length],
                    Label = ratio.ToString("0.00", CultureInfo.InvariantCulture),
                });
            }
        }
        plot.Add.Bars(bars);
        plot.Add.HorizontalLine(1.0, 1, Colors.Black, LinePattern.Dashed);
        foreach (int first in table.TableStarts.Skip(1))
        {
            plot.Add.VerticalLine(first - 0.5, 1, Colors.Gray, LinePattern.Dotted);
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, table.Programs.Count).Select(i => (double)i).ToArray(), table.Programs.ToArray());
        for (int build = 0; build < builds; build++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = table.Builds[build] + " / gforth-fast", FillColor = BuildColors[build % BuildColors.Length] });
        }
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Margins(bottom: 0);
        plot.Title("StarForth.NET run time relative to gforth-fast (lower is faster; 1.0 = same)");
        plot.YLabel("time / gforth-fast time");
        return plot;
    }

    /// <summary>
    /// The ratio columns of every Markdown table that has any, one after the other: programs down, builds across (the
    /// builds of the first such table; bench/run gives every table the same columns). TableStarts holds the index of
    /// each table's first program.
    /// </summary>
    private sealed record RatioTable(List<string> Programs, List<string> Builds, List<double[]> Ratios, List<int> TableStarts)
    {
        public static RatioTable Read(string[] lines)
        {
            var table = new RatioTable(new List<string>(), new List<string>(), new List<double[]>(), new List<int>());
            int[]? columns = null; // null: not inside a table; empty: inside a table without ratio columns
            foreach (string line in lines)
            {
                if (!line.StartsWith('|'))
                {
                    columns = null;
                    continue;
                }
                string[] cells = line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
                if (columns is null)
                {
                    columns = Enumerable.Range(0, cells.Length).Where(i => cells[i].EndsWith("/ gforth-fast", StringComparison.Ordinal)).ToArray();
                    if (columns.Length > 0)
                    {
                        if (table.Builds.Count == 0)
                        {
                            table.Builds.AddRange(columns.Select(i => cells[i][..cells[i].IndexOf('/')].Trim()));
                        }
                        table.TableStarts.Add(table.Programs.Count);
                    }
                    continue;
                }
                if (columns.Length == 0 || cells[0].StartsWith("---", StringComparison.Ordinal) || cells[0].Contains("geometric", StringComparison.Ordinal))
                {
                    continue;
                }
                table.Programs.Add(cells[0]);
                table.Ratios.Add(columns.Select(i => i < cells.Length && double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : double.NaN).ToArray());
            }
            return table;
        }
    }
}
