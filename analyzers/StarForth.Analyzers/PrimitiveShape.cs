using Microsoft.CodeAnalysis;

namespace StarForth.Analyzers;

/// <summary>
/// The generator's DictionaryGenerator.HasPrimitiveSignature, condition by condition, so the analyzer can say which
/// one fails. A test holds the two to the same answers.
/// </summary>
public static class PrimitiveShape
{
    /// <summary>Why the generator would skip this method, or null when it can dispatch it.</summary>
    public static string? Problem(IMethodSymbol method)
    {
        if (!method.IsStatic)
        {
            return "it is not static";
        }
        if (method.IsGenericMethod)
        {
            return "it is generic";
        }
        if (method.Parameters.Length != 1
            || method.Parameters[0].RefKind != RefKind.None
            || method.Parameters[0].Type.ToDisplayString() != ForthWordDeclaration.MachineMetadataName)
        {
            return "it must take exactly one Machine parameter, by value";
        }
        if (!method.ReturnsVoid && method.ReturnType.SpecialType != SpecialType.System_Int32)
        {
            return "it must return void or int";
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
