using System.Text;

namespace StarForth.Generators;

/// <summary>
/// Writes GeneratedWordSet.InnerInterpreter.g.cs: the per-word halves of the inner interpreter that StarForth.Vm's
/// InnerInterpreter runs (RunInline, IsMachineWord, CallMachineWord). Kept to what also compiles without a base class
/// library (StarKernel).
/// </summary>
public static class InnerInterpreterEmitter
{
    /// <summary>The run-time word IF compiles; a flag-producing primitive followed by it jumps straight to its case.</summary>
    public const string ZeroBranchName = "(0BRANCH)";

    public static string Emit(DictionaryModel model)
    {
        var source = new StringBuilder(EmittedSource.FileHeader);
        source.Append("public sealed unsafe partial class GeneratedWordSet\n{\n");
        AppendRunInline(source, model);
        AppendIsMachineWord(source, model);
        AppendCallMachineWord(source, model);
        source.Append("}\n");
        return source.ToString();
    }

    /// <summary>RunInline: the switch with the registers in a local, the inline primitives in their cases.</summary>
    private static void AppendRunInline(StringBuilder source, DictionaryModel model)
    {
        int zeroBranchId = -1;
        bool checksUnderflow = false;
        bool checksOverflow = false;
        foreach (DictionaryEntry entry in model.Entries)
        {
            if (entry.Name == ZeroBranchName && entry.Primitive is WordDeclaration { Signature.Form: PrimitiveForm.Registers })
            {
                zeroBranchId = entry.WordId;
            }
            if (entry.Primitive is WordDeclaration { Signature.Form: PrimitiveForm.StackItems } stackItems)
            {
                checksUnderflow |= stackItems.Signature.Inputs > 0;
                checksOverflow |= stackItems.Signature.Outputs > stackItems.Signature.Inputs;
            }
        }

        source.Append("    /// <summary>\n");
        source.Append("    /// Runs <paramref name=\"wordId\"/> and the threaded code after it, with the instruction pointer and the\n");
        source.Append("    /// stack depths in <see cref=\"global::StarForth.Registers\"/>, a local the compiler keeps in CPU registers:\n");
        source.Append("    /// the loop makes no calls, so no register has to be saved around one.\n");
        source.Append("    /// Returns the first word that needs the machine, or -1 when execution stops (address 0 or a THROW);\n");
        source.Append("    /// the registers are written back either way.\n");
        source.Append("    /// </summary>\n");
        source.Append("    /// <remarks>\n");
        source.Append("    /// Not marked AggressiveOptimization: ReadyToRun (the .NET tool) then compiles it ahead of time instead of the\n");
        source.Append("    /// JIT in every process (docs/performance.md has the measurement).\n");
        source.Append("    /// </remarks>\n");
        source.Append("    public override int RunInline(global::StarForth.InnerInterpreter interpreter, int wordId)\n    {\n");
        source.Append("        global::StarForth.Registers r = new global::StarForth.Registers(interpreter);\n");
        source.Append("        while (true)\n        {\n");
        source.Append("            switch (wordId)\n            {\n");
        // Threading words first: the JIT inlines in this order and stops when the method has too many locals, and a
        // threading word left as a call would take the address of the registers and force them all into memory.
        var inSwitch = new System.Collections.Generic.List<DictionaryEntry>();
        foreach (PrimitiveForm form in new[] { PrimitiveForm.Registers, PrimitiveForm.StackItems })
        {
            foreach (DictionaryEntry entry in model.Entries)
            {
                if (entry.Primitive is WordDeclaration candidate && candidate.Signature.Form == form)
                {
                    inSwitch.Add(entry);
                }
            }
        }
        foreach (DictionaryEntry entry in inSwitch)
        {
            WordDeclaration primitive = entry.Primitive!.Value;
            source.Append("                case ").Append(entry.WordId).Append(": // ").Append(entry.Name).Append(' ').Append(primitive.StackEffectText).Append('\n');
            if (primitive.Signature.Form == PrimitiveForm.Registers)
            {
                source.Append("                    ").Append(primitive.ContainingType).Append('.').Append(primitive.MethodName).Append("(ref r);\n");
                source.Append("                    if (r.Fault != 0)\n                    {\n                        goto Stop;\n                    }\n");
                AppendFusedJumps(source, model, entry.WordId, "                    ");
                source.Append("                    break;\n");
            }
            else
            {
                AppendStackItemsCase(source, model, entry.WordId, primitive, zeroBranchId);
            }
        }
        // The machine words share the default section, so the case labels cover every bootstrap word_id and the
        // switch compiles to one jump table.
        foreach (DictionaryEntry entry in model.Entries)
        {
            if (entry.Primitive is WordDeclaration { Signature.Form: PrimitiveForm.Machine })
            {
                source.Append("                case ").Append(entry.WordId).Append(": // ").Append(entry.Name).Append('\n');
            }
        }
        source.Append("                default:\n");
        source.Append("                    if (r.TryEnterDefinition(wordId))\n                    {\n                        break;\n                    }\n");
        source.Append("                    r.WriteBack();\n");
        source.Append("                    return wordId;\n");
        source.Append("            }\n");
        source.Append("            if (!r.IsCodeAddress(r.Ip))\n            {\n");
        source.Append("                // 0 returns to the host; any other address outside the arena is a fault.\n");
        source.Append("                if (r.Ip == 0)\n                {\n                    goto Stop;\n                }\n");
        source.Append("                r.Fault = global::StarForth.ThrowCode.InvalidAddress;\n");
        source.Append("                goto Stop;\n            }\n");
        source.Append("            wordId = (int)*(long*)(r.Arena + r.Ip);\n");
        source.Append("            r.Ip += global::StarForth.ArenaLayout.CellSize;\n");
        source.Append("            continue;\n");
        if (checksUnderflow)
        {
            source.Append("        StackUnderflow:\n");
            source.Append("            r.Fault = global::StarForth.ThrowCode.StackUnderflow;\n");
            source.Append("            goto Stop;\n");
        }
        if (checksOverflow)
        {
            source.Append("        StackOverflow:\n");
            source.Append("            r.Fault = global::StarForth.ThrowCode.StackOverflow;\n");
            source.Append("            goto Stop;\n");
        }
        source.Append("        Stop:\n");
        source.Append("            r.WriteBack();\n");
        source.Append("            return -1;\n");
        source.Append("        }\n    }\n\n");
    }

    /// <summary>IsMachineWord: which word_ids the host runs without the inline loop.</summary>
    private static void AppendIsMachineWord(StringBuilder source, DictionaryModel model)
    {
        source.Append("    /// <summary>\n");
        source.Append("    /// True for the primitives that work on the machine: the outer interpreter runs most of its words this way,\n");
        source.Append("    /// without entering the inline loop (which the JIT compiles only when threaded code first runs).\n");
        source.Append("    /// </summary>\n");
        source.Append("    public override bool IsMachineWord(int wordId)\n    {\n");
        source.Append("        switch (wordId)\n        {\n");
        foreach (DictionaryEntry entry in model.Entries)
        {
            if (entry.Primitive is WordDeclaration { Signature.Form: PrimitiveForm.Machine })
            {
                source.Append("            case ").Append(entry.WordId).Append(": // ").Append(entry.Name).Append('\n');
            }
        }
        source.Append("                return true;\n");
        source.Append("            default:\n                return false;\n");
        source.Append("        }\n    }\n\n");
    }

    /// <summary>CallMachineWord: the machine primitives; every other word is the InnerInterpreter's to enter.</summary>
    private static void AppendCallMachineWord(StringBuilder source, DictionaryModel model)
    {
        source.Append("    /// <summary>The primitives that work on the machine: returns the word to run next, -1 for none, or NotAMachineWord.</summary>\n");
        source.Append("    public override int CallMachineWord(global::StarForth.Machine machine, int wordId)\n    {\n");
        source.Append("        switch (wordId)\n        {\n");
        foreach (DictionaryEntry entry in model.Entries)
        {
            if (entry.Primitive is not WordDeclaration primitive || primitive.Signature.Form != PrimitiveForm.Machine)
            {
                continue;
            }
            source.Append("            case ").Append(entry.WordId).Append(": // ").Append(entry.Name).Append(' ').Append(primitive.StackEffectText).Append('\n');
            StackEffect effect = StackEffect.Parse(primitive.StackEffectText);
            if (effect.IsFixed && (effect.Inputs > 0 || effect.Outputs > effect.Inputs))
            {
                source.Append("                if (!machine.Stack.Check(").Append(effect.Inputs).Append(", ")
                    .Append(effect.Outputs - effect.Inputs).Append("))\n                {\n                    return -1;\n                }\n");
            }
            string call = primitive.ContainingType + "." + primitive.MethodName + "(machine);\n";
            if (primitive.Signature.ReturnsNextWord)
            {
                source.Append("                return ").Append(call);
            }
            else
            {
                source.Append("                ").Append(call).Append("                return -1;\n");
            }
        }
        source.Append("            default:\n                return global::StarForth.WordSet.NotAMachineWord;\n");
        source.Append("        }\n    }\n");
    }

    /// <summary>
    /// A stack-items primitive: one depth check, the input cells as arguments (deepest first), the results
    /// written over them. A method that takes the machine may THROW; its results are then not written.
    /// </summary>
    private static void AppendStackItemsCase(StringBuilder source, DictionaryModel model, int wordId, WordDeclaration primitive, int zeroBranchId)
    {
        PrimitiveSignature signature = primitive.Signature;
        int growth = signature.Outputs - signature.Inputs;
        source.Append("                {\n");
        if (signature.Inputs > 0)
        {
            source.Append("                    if (r.Depth < ").Append(signature.Inputs).Append(")\n                    {\n                        goto StackUnderflow;\n                    }\n");
        }
        if (growth > 0)
        {
            source.Append("                    if (r.Depth > global::StarForth.Registers.DataCapacity - ").Append(growth).Append(")\n                    {\n                        goto StackOverflow;\n                    }\n");
        }
        source.Append("                    long* cells = r.Data + r.Depth");
        if (signature.Inputs > 0)
        {
            source.Append(" - ").Append(signature.Inputs);
        }
        source.Append(";\n");

        var arguments = new StringBuilder();
        if (signature.TakesMachine)
        {
            arguments.Append("r.Machine");
        }
        for (int i = 0; i < signature.Inputs; i++)
        {
            arguments.Append(arguments.Length == 0 ? "" : ", ").Append("cells[").Append(i).Append(']');
        }
        string call = primitive.ContainingType + "." + primitive.MethodName + "(" + arguments + ")";
        source.Append("                    ");
        if (signature.ReturnsFlag)
        {
            source.Append("bool flag = ");
        }
        else if (signature.Outputs == 1)
        {
            source.Append("long result = ");
        }
        else if (signature.Outputs > 1)
        {
            source.Append("var results = ");
        }
        source.Append(call).Append(";\n");
        if (signature.TakesMachine)
        {
            source.Append("                    if (r.Throwing)\n                    {\n                        goto Stop;\n                    }\n");
        }
        if (signature.ReturnsFlag)
        {
            source.Append("                    cells[0] = flag ? -1 : 0;\n");
        }
        else if (signature.Outputs == 1)
        {
            source.Append("                    cells[0] = result;\n");
        }
        else
        {
            for (int i = 0; i < signature.Outputs; i++)
            {
                source.Append("                    cells[").Append(i).Append("] = results.Item").Append(i + 1).Append(";\n");
            }
        }
        if (growth != 0)
        {
            source.Append("                    r.Depth ").Append(growth > 0 ? "+= " : "-= ").Append(growth > 0 ? growth : -growth).Append(";\n");
        }
        if (signature.ReturnsFlag && zeroBranchId >= 0)
        {
            source.Append("                    if (r.NextCellIs(").Append(zeroBranchId).Append("))\n                    {\n");
            source.Append("                        r.Ip += global::StarForth.ArenaLayout.CellSize;\n");
            source.Append("                        goto case ").Append(zeroBranchId).Append(";\n");
            source.Append("                    }\n");
        }
        AppendFusedJumps(source, model, wordId, "                    ");
        source.Append("                    break;\n");
        source.Append("                }\n");
    }

    /// <summary>The fused pairs that start with <paramref name="wordId"/>: a direct jump when the second word follows.</summary>
    private static void AppendFusedJumps(StringBuilder source, DictionaryModel model, int wordId, string indent)
    {
        foreach (FusedPair pair in model.FusedPairs)
        {
            if (pair.First == wordId)
            {
                source.Append(indent).Append("if (r.NextCellIs(").Append(pair.Second).Append(")) // fused pair: ")
                    .Append(pair.Names.First).Append(' ').Append(pair.Names.Second).Append('\n');
                source.Append(indent).Append("{\n");
                source.Append(indent).Append("    r.Ip += global::StarForth.ArenaLayout.CellSize;\n");
                source.Append(indent).Append("    goto case ").Append(pair.Second).Append(";\n");
                source.Append(indent).Append("}\n");
            }
        }
    }
}
