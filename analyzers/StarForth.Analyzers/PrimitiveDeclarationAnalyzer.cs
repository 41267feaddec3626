using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using StarForth.Generators;

namespace StarForth.Analyzers;

/// <summary>
/// SF1007 and SF1008: a [ForthWord] method the generator cannot dispatch, or a name Forth cannot hold. SF1011: a
/// stack-items primitive that reaches for the machine's stacks or instruction pointer.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PrimitiveDeclarationAnalyzer : DiagnosticAnalyzer
{
    public const int MaxNameBytes = 31;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.PrimitiveSignature, DiagnosticDescriptors.InvalidWordName, DiagnosticDescriptors.StackItemsUsesMachineState);

    /// <summary>
    /// Machine members that reach the stacks or the instruction pointer, or run other words: the parts that own them
    /// (whose every member is off limits) and the machine's own methods that use them.
    /// </summary>
    public static readonly ImmutableHashSet<string> MachineStateMembers = ImmutableHashSet.Create(
        "Stack", "ReturnStack", "InnerInterpreter", "OuterInterpreter", "PopExecutionToken", "BeginDefinition");

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(ForthWordDeclaration.AttributeMetadataName) is not INamedTypeSymbol attributeType)
            {
                return;
            }
            start.RegisterSymbolAction(symbolContext => AnalyzeMethod(symbolContext, attributeType), SymbolKind.Method);
            start.RegisterOperationAction(
                operationContext => AnalyzeMachineUse(operationContext, attributeType),
                OperationKind.Invocation,
                OperationKind.PropertyReference,
                OperationKind.FieldReference);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, INamedTypeSymbol attributeType)
    {
        var method = (IMethodSymbol)context.Symbol;
        List<ForthWordDeclaration> declarations = ForthWordDeclaration.Read(method, attributeType, context.CancellationToken);
        if (declarations.Count == 0)
        {
            return;
        }
        bool signatureReported = false;
        foreach (ForthWordDeclaration declaration in declarations)
        {
            // One report per method: a signature problem is the same for each of its words.
            if (!signatureReported && declaration.Word.Signature.ProblemWith(declaration.Word.StackEffectText) is string problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PrimitiveSignature, method.Locations[0], declaration.Word.Name, method.Name, problem));
                signatureReported = true;
            }
            if (NameProblem(declaration.Word.Name) is string nameProblem)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidWordName, declaration.NameLocation, declaration.Word.Name, nameProblem));
            }
        }
    }

    private static void AnalyzeMachineUse(OperationAnalysisContext context, INamedTypeSymbol attributeType)
    {
        (IOperation? instance, ISymbol member) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.Instance, (ISymbol)invocation.TargetMethod),
            IPropertyReferenceOperation property => (property.Instance, property.Property),
            IFieldReferenceOperation field => (field.Instance, field.Field),
            _ => (null, context.ContainingSymbol),
        };
        if (instance is not IParameterReferenceOperation { Parameter: var parameter }
            || parameter.Type.ToDisplayString() != PrimitiveSignature.MachineMetadataName
            || !MachineStateMembers.Contains(member.Name)
            || context.ContainingSymbol is not IMethodSymbol method
            || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
        {
            return;
        }
        List<ForthWordDeclaration> declarations = ForthWordDeclaration.Read(method, attributeType, context.CancellationToken);
        if (declarations.Count > 0 && declarations[0].Word.Signature.Form == PrimitiveForm.StackItems)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.StackItemsUsesMachineState, context.Operation.Syntax.GetLocation(), declarations[0].Word.Name, member.Name));
        }
    }

    /// <summary>Why a name cannot be a Forth word name, or null when it can.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }
        foreach (char c in name)
        {
            if (c > '\u007F')
            {
                return "it contains a non-ASCII character";
            }
            if (c <= ' ' || c == '\u007F')
            {
                return "it contains whitespace or a control character";
            }
        }
        int bytes = Encoding.UTF8.GetByteCount(name);
        return bytes > MaxNameBytes ? "it is " + bytes + " bytes long; the limit is " + MaxNameBytes : null;
    }
}
