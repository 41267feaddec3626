using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StarForth.Generators;

namespace StarForth.Analyzers;

/// <summary>One [ForthWord] attribute read exactly as StarForth.Generators reads it, plus where it is written.</summary>
public readonly record struct ForthWordDeclaration(WordDeclaration Word, AttributeSyntax Attribute, IMethodSymbol Method)
{
    public const string AttributeMetadataName = "StarForth.ForthWordAttribute";

    public Location Location => Attribute.GetLocation();

    /// <summary>The name argument, or the whole attribute when it has none.</summary>
    public Location NameLocation =>
        Attribute.ArgumentList is { Arguments.Count: > 0 } arguments ? arguments.Arguments[0].GetLocation() : Location;

    public static List<ForthWordDeclaration> Read(IMethodSymbol method, INamedTypeSymbol attributeType, CancellationToken cancellationToken)
    {
        var result = new List<ForthWordDeclaration>();
        PrimitiveSignature signature = PrimitiveSignature.Read(method);
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
                && attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax
                && WordDeclarationReader.Read(attribute, method, signature) is WordDeclaration word)
            {
                result.Add(new ForthWordDeclaration(word, syntax, method));
            }
        }
        return result;
    }
}
