using Microsoft.CodeAnalysis;

namespace StarForth.Generators;

/// <summary>How the generated inner interpreter calls a primitive; read from the method's signature.</summary>
public enum PrimitiveForm
{
    /// <summary>Not a signature the generator can dispatch.</summary>
    None = 0,

    /// <summary>
    /// <c>void|int M(Machine m)</c>: works on the machine. The dispatch writes the registers back to the machine
    /// before the call and reads them again after it. An int result is the next word to run, or -1.
    /// </summary>
    Machine = 1,

    /// <summary>
    /// <c>void M(ref Registers r)</c>: a threading word (literal, branch, loop, EXIT) that works on the
    /// instruction pointer and stack pointers directly. It must be marked AggressiveInlining: it is inlined
    /// into the dispatch, where a call would force the registers into memory.
    /// </summary>
    Registers = 2,

    /// <summary>
    /// <c>R M([Machine m,] long x1, long x2, ...)</c>: the parameters are the input cells, deepest first, and the
    /// result the output cells (R is void, long, bool for a flag, or a tuple of longs). The dispatch checks the
    /// depth once and moves the cells; the method never sees a stack. The optional Machine is for memory
    /// access and THROW, never for the stacks.
    /// </summary>
    StackItems = 3,
}

/// <summary>
/// A primitive's signature as the dispatch sees it. The generator and the analyzers both compile this file, so
/// SF1007 fires exactly when the generator would skip a method.
/// </summary>
public readonly record struct PrimitiveSignature(
    PrimitiveForm Form,
    bool ReturnsNextWord,
    bool TakesMachine,
    int Inputs,
    int Outputs,
    bool ReturnsFlag,
    string? Problem)
{
    public const string MachineMetadataName = "StarForth.Machine";
    public const string RegistersMetadataName = "StarForth.Registers";

    public static PrimitiveSignature Read(IMethodSymbol method)
    {
        if (ShapeProblem(method) is string shapeProblem)
        {
            return Invalid(shapeProblem);
        }
        var parameters = method.Parameters;
        bool returnsNext = method.ReturnType.SpecialType == SpecialType.System_Int32;
        if (parameters.Length == 1 && parameters[0].RefKind == RefKind.None && IsMachine(parameters[0].Type)
            && (method.ReturnsVoid || returnsNext))
        {
            return new PrimitiveSignature(PrimitiveForm.Machine, returnsNext, true, 0, 0, false, null);
        }
        if (parameters.Length == 1 && parameters[0].RefKind == RefKind.Ref && parameters[0].Type.ToDisplayString() == RegistersMetadataName)
        {
            if (!method.ReturnsVoid)
            {
                return Invalid("a primitive taking ref Registers must return void");
            }
            if ((method.MethodImplementationFlags & System.Reflection.MethodImplAttributes.AggressiveInlining) == 0)
            {
                // Called instead of inlined, the ref would expose the dispatch's registers and force them into memory.
                return Invalid("a primitive taking ref Registers must be [MethodImpl(MethodImplOptions.AggressiveInlining)]");
            }
            return new PrimitiveSignature(PrimitiveForm.Registers, false, false, 0, 0, false, null);
        }
        bool takesMachine = parameters.Length > 0 && IsMachine(parameters[0].Type) && parameters[0].RefKind == RefKind.None;
        int inputs = 0;
        for (int i = takesMachine ? 1 : 0; i < parameters.Length; i++)
        {
            if (parameters[i].RefKind != RefKind.None || parameters[i].Type.SpecialType != SpecialType.System_Int64)
            {
                return Invalid("it must take one Machine, ref Registers, or stack cells as long parameters (after an optional Machine)");
            }
            inputs++;
        }
        int outputs;
        bool returnsFlag = false;
        if (method.ReturnsVoid)
        {
            outputs = 0;
        }
        else if (method.ReturnType.SpecialType == SpecialType.System_Int64)
        {
            outputs = 1;
        }
        else if (method.ReturnType.SpecialType == SpecialType.System_Boolean)
        {
            outputs = 1;
            returnsFlag = true;
        }
        else if (method.ReturnType is INamedTypeSymbol { IsTupleType: true } tuple && AllLong(tuple))
        {
            outputs = tuple.TupleElements.Length;
        }
        else
        {
            return Invalid("a primitive taking stack cells must return void, long, bool or a tuple of longs");
        }
        return new PrimitiveSignature(PrimitiveForm.StackItems, false, takesMachine, inputs, outputs, returnsFlag, null);
    }

    /// <summary>Why this signature cannot implement a word with <paramref name="stackEffectText"/>, or null when it can.</summary>
    public string? ProblemWith(string stackEffectText)
    {
        if (Problem != null || Form != PrimitiveForm.StackItems)
        {
            return Problem;
        }
        StackEffect effect = StackEffect.Parse(stackEffectText);
        if (!effect.IsFixed || effect.Inputs != Inputs || effect.Outputs != Outputs)
        {
            return "its parameters and result move " + Inputs + " cell(s) in and " + Outputs
                + " out, but the stack effect " + stackEffectText + " does not say the same";
        }
        return null;
    }

    private static PrimitiveSignature Invalid(string problem) =>
        new PrimitiveSignature(PrimitiveForm.None, false, false, 0, 0, false, problem);

    private static bool IsMachine(ITypeSymbol type) => type.ToDisplayString() == MachineMetadataName;

    private static bool AllLong(INamedTypeSymbol tuple)
    {
        foreach (IFieldSymbol element in tuple.TupleElements)
        {
            if (element.Type.SpecialType != SpecialType.System_Int64)
            {
                return false;
            }
        }
        return true;
    }

    private static string? ShapeProblem(IMethodSymbol method)
    {
        if (!method.IsStatic)
        {
            return "it is not static";
        }
        if (method.IsGenericMethod)
        {
            return "it is generic";
        }
        if (method.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
        {
            return "it must be public or internal";
        }
        if (method.ContainingType.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
        {
            return "its type must be public or internal";
        }
        if (method.ContainingType.ContainingType != null)
        {
            return "its type is nested; the generated dispatch needs a top-level type";
        }
        return null;
    }
}
