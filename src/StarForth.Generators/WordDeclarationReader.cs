using Microsoft.CodeAnalysis;

namespace StarForth.Generators;

/// <summary>
/// Reads one [ForthWord] attribute into a <see cref="WordDeclaration"/>. The analyzers compile this same file, so the
/// generator and the diagnostics can never read an attribute differently.
/// </summary>
public static class WordDeclarationReader
{
    /// <summary>The declaration, or null when the attribute lacks its two constructor strings (the compiler reports that).</summary>
    public static WordDeclaration? Read(AttributeData attribute, IMethodSymbol method, PrimitiveSignature signature)
    {
        if (attribute.ConstructorArguments.Length != 2
            || attribute.ConstructorArguments[0].Value is not string name
            || attribute.ConstructorArguments[1].Value is not string stackEffect)
        {
            return null;
        }
        int flags = 0;
        int operand = 0;
        string vocabulary = Vocabulary.ForthName;
        int explicitId = -1;
        foreach (var argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case "Flags" when argument.Value.Value is int value:
                    flags = value;
                    break;
                case "Operand" when argument.Value.Value is byte value:
                    operand = value;
                    break;
                case "Vocabulary" when argument.Value.Value is string value:
                    vocabulary = value;
                    break;
                case "Id" when argument.Value.Value is int value:
                    explicitId = value;
                    break;
            }
        }
        return new WordDeclaration(
            name,
            stackEffect,
            flags,
            operand,
            vocabulary,
            explicitId,
            method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            method.Name,
            signature,
            HasValidSignature: signature.ProblemWith(stackEffect) == null);
    }
}
