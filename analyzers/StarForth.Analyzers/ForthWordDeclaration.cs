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
    public const string MachineMetadataName = "StarForth.Machine";

    public Location Location => Attribute.GetLocation();

    /// <summary>The name argument, or the whole attribute when it has none.</summary>
    public Location NameLocation =>
        Attribute.ArgumentList is { Arguments.Count: > 0 } arguments ? arguments.Arguments[0].GetLocation() : Location;

    public static List<ForthWordDeclaration> Read(IMethodSymbol method, INamedTypeSymbol attributeType, CancellationToken cancellationToken)
    {
        var result = new List<ForthWordDeclaration>();
        bool validSignature = PrimitiveShape.Problem(method) == null;
        string containingType = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
                || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax
                || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not string name
                || attribute.ConstructorArguments[1].Value is not string stackEffect)
            {
                continue;
            }
            int flags = 0;
            string vocabulary = "FORTH";
            int explicitId = -1;
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                switch (argument.Key)
                {
                    case "Flags" when argument.Value.Value is int value:
                        flags = value;
                        break;
                    case "Vocabulary" when argument.Value.Value is string value:
                        vocabulary = value;
                        break;
                    case "Id" when argument.Value.Value is int value:
                        explicitId = value;
                        break;
                }
            }
            bool returnsNextWord = method.ReturnType.SpecialType == SpecialType.System_Int32;
            // Set by name, not position: the generator's model grows fields the lock checks do not need.
            WordDeclaration word = default(WordDeclaration) with
            {
                Name = name,
                StackEffectText = stackEffect,
                Flags = flags,
                Vocabulary = vocabulary,
                ExplicitId = explicitId,
                ContainingType = containingType,
                MethodName = method.Name,
                ReturnsNextWord = returnsNextWord,
                HasValidSignature = validSignature,
            };
            result.Add(new ForthWordDeclaration(word, syntax, method));
        }
        return result;
    }
}
