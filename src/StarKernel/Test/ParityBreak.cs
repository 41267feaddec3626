using System;
using StarForth;
using StarKernel.Platform;

namespace StarKernel.Test;

/// <summary>
/// Breaks one primitive in the kernel only, to prove the parity comparison catches it: with the option
/// <c>parity-break=NAME</c> (<c>boot.sh --option</c>, <c>tools/parity --break NAME</c>) the machine boots on a
/// <see cref="BrokenPrimitiveWordSet"/>, and from just after the M7.1a line the named primitive does nothing when
/// executed from the outer interpreter. The POST lines testing it fail, so M7.1b differs from the hosted run.
/// </summary>
internal static class ParityBreak
{
    /// <summary>The fw_cfg file boot.sh's <c>--option</c> writes: options separated by spaces.</summary>
    private static ReadOnlySpan<byte> OptionsFile => "opt/starforth/options"u8;

    private static ReadOnlySpan<byte> Key => "parity-break="u8;

    private static BrokenPrimitiveWordSet? s_words;
    private static byte[]? s_name;

    /// <summary>Before boot: wraps the word set when the option names a primitive to break.</summary>
    public static WordSet Wrap(WordSet words)
    {
        Span<byte> options = stackalloc byte[256];
        int length = QemuFirmwareConfig.ReadFile(OptionsFile, options);
        ReadOnlySpan<byte> rest = options.Slice(0, length < 0 ? 0 : length < options.Length ? length : options.Length);
        while (rest.Length > 0)
        {
            int end = 0;
            while (end < rest.Length && rest[end] > (byte)' ')
            {
                end++;
            }
            ReadOnlySpan<byte> option = rest.Slice(0, end);
            if (option.Length > Key.Length && StartsWithKey(option))
            {
                ReadOnlySpan<byte> name = option.Slice(Key.Length);
                s_name = new byte[name.Length];
                for (int i = 0; i < name.Length; i++)
                {
                    s_name[i] = name[i];
                }
            }
            rest = end < rest.Length ? rest.Slice(end + 1) : default;
        }
        if (s_name == null)
        {
            return words;
        }
        s_words = new BrokenPrimitiveWordSet(words);
        return s_words;
    }

    /// <summary>After the M7.1a line, before the POST: the named primitive starts misbehaving.</summary>
    public static void Arm(Machine machine)
    {
        if (s_words == null || s_name == null)
        {
            return;
        }
        int wordId = machine.Lookup.Find(s_name);
        KernelLog.Write("StarKernel: parity-break: ");
        KernelLog.Write(s_name);
        if (wordId < 0 || machine.WordTable.KindOf(wordId) != WordKind.Primitive)
        {
            KernelLog.WriteLine(" is not a primitive; nothing broken");
            return;
        }
        s_words.BrokenWordId = wordId;
        KernelLog.WriteLine(" now does nothing when executed (test option: the POST must not match the hosted run)");
    }

    private static bool StartsWithKey(ReadOnlySpan<byte> option)
    {
        for (int i = 0; i < Key.Length; i++)
        {
            if (option[i] != Key[i])
            {
                return false;
            }
        }
        return true;
    }
}
