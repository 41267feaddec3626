using System;
using System.Collections.Generic;

namespace StarForth.Generators;

/// <summary>WordFlags' named bits, read from the enum itself, for writing a flags value as C#.</summary>
public static class WordFlagNames
{
    /// <summary>Every named bit, lowest first.</summary>
    public static readonly IReadOnlyList<(int Bit, string Name)> LowestFirst = Read();

    private static (int Bit, string Name)[] Read()
    {
        var bits = new List<(int Bit, string Name)>();
        foreach (WordFlags flag in Enum.GetValues(typeof(WordFlags)))
        {
            if (flag != WordFlags.None)
            {
                bits.Add(((int)flag, flag.ToString()));
            }
        }
        bits.Sort((a, b) => a.Bit.CompareTo(b.Bit));
        return bits.ToArray();
    }
}
