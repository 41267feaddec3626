using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace StarForth.Analyzers;

/// <summary>
/// SF1010: code that StarKernel (NativeAOT, its own tiny corelib, no runtime services) cannot compile. Runs only on
/// files where <c>StarForthKernelSafe</c> (MSBuild) or <c>starforth_kernel_safe</c> (.editorconfig) is true.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KernelSafetyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>More implementations than this and the kernel cannot devirtualize an interface call.</summary>
    public const int MaxInterfaceImplementations = 2;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.KernelUnsafe);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var scope = new Scope(start.Options);
            var implementations = new Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>>(
                () => FindImplementations(start.Compilation, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

            start.RegisterSyntaxNodeAction(
                c => Syntax(c, scope),
                SyntaxKind.ThrowStatement,
                SyntaxKind.ThrowExpression,
                SyntaxKind.TryStatement,
                SyntaxKind.ParenthesizedLambdaExpression,
                SyntaxKind.SimpleLambdaExpression,
                SyntaxKind.AnonymousMethodExpression,
                SyntaxKind.DelegateDeclaration,
                SyntaxKind.QueryExpression,
                SyntaxKind.MethodDeclaration,
                SyntaxKind.LocalFunctionStatement,
                SyntaxKind.Parameter,
                SyntaxKind.UsingDirective);
            start.RegisterSyntaxNodeAction(c => Name(c, scope), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
            start.RegisterOperationAction(
                c => Operation(c, scope),
                OperationKind.Conversion,
                OperationKind.Binary,
                OperationKind.CompoundAssignment,
                OperationKind.InterpolatedString,
                OperationKind.DelegateCreation);
            start.RegisterSymbolAction(c => Interface(c, scope, implementations), SymbolKind.NamedType);
        });
    }

    private static void Syntax(SyntaxNodeAnalysisContext context, Scope scope)
    {
        if (!scope.Covers(context.Node.SyntaxTree))
        {
            return;
        }
        switch (context.Node)
        {
            case ThrowStatementSyntax node:
                Report(context.ReportDiagnostic, node.ThrowKeyword.GetLocation(), "throw");
                break;
            case ThrowExpressionSyntax node:
                Report(context.ReportDiagnostic, node.ThrowKeyword.GetLocation(), "throw");
                break;
            case TryStatementSyntax node:
                Report(context.ReportDiagnostic, node.TryKeyword.GetLocation(), node.Catches.Count > 0 ? "try/catch" : "try/finally");
                break;
            case LambdaExpressionSyntax node:
                ReportAsync(context, node.AsyncKeyword);
                Report(context.ReportDiagnostic, node.ArrowToken.GetLocation(), "lambda");
                break;
            case AnonymousMethodExpressionSyntax node:
                ReportAsync(context, node.AsyncKeyword);
                Report(context.ReportDiagnostic, node.DelegateKeyword.GetLocation(), "anonymous method");
                break;
            case DelegateDeclarationSyntax node:
                Report(context.ReportDiagnostic, node.Identifier.GetLocation(), "delegate type " + node.Identifier.ValueText);
                break;
            case QueryExpressionSyntax node:
                Report(context.ReportDiagnostic, node.FromClause.FromKeyword.GetLocation(), "LINQ query");
                break;
            case MethodDeclarationSyntax node:
                ReportAsync(context, FindModifier(node.Modifiers, SyntaxKind.AsyncKeyword));
                break;
            case LocalFunctionStatementSyntax node:
                ReportAsync(context, FindModifier(node.Modifiers, SyntaxKind.AsyncKeyword));
                break;
            case ParameterSyntax node when FindModifier(node.Modifiers, SyntaxKind.ParamsKeyword) is { RawKind: not 0 } paramsKeyword:
                Report(context.ReportDiagnostic, paramsKeyword.GetLocation(), "params");
                break;
            case UsingDirectiveSyntax { Name: not null } node
                when node.Alias == null && node.StaticKeyword.RawKind == 0
                    && context.SemanticModel.GetSymbolInfo(node.Name, context.CancellationToken).Symbol is INamespaceSymbol ns
                    && BannedNamespace(ns.ToDisplayString()) is string construct:
                Report(context.ReportDiagnostic, node.Name.GetLocation(), construct);
                break;
        }
    }

    private static void ReportAsync(SyntaxNodeAnalysisContext context, SyntaxToken asyncKeyword)
    {
        if (asyncKeyword.IsKind(SyntaxKind.AsyncKeyword))
        {
            Report(context.ReportDiagnostic, asyncKeyword.GetLocation(), "async");
        }
    }

    private static SyntaxToken FindModifier(SyntaxTokenList modifiers, SyntaxKind kind)
    {
        foreach (SyntaxToken modifier in modifiers)
        {
            if (modifier.IsKind(kind))
            {
                return modifier;
            }
        }
        return default;
    }

    /// <summary>A use of a type (or of a member, reached through an instance or a using static) that the kernel's corelib lacks.</summary>
    private static void Name(SyntaxNodeAnalysisContext context, Scope scope)
    {
        var name = (SimpleNameSyntax)context.Node;
        if (name is IdentifierNameSyntax { IsVar: true } || !scope.Covers(name.SyntaxTree) || name.Parent is UsingDirectiveSyntax { StaticKeyword.RawKind: 0 })
        {
            return;
        }
        SymbolInfo info = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken);
        ISymbol? symbol = info.Symbol ?? (info.CandidateSymbols.Length > 0 ? info.CandidateSymbols[0] : null);
        string? construct = symbol switch
        {
            INamedTypeSymbol type => BannedType(type),
            IMethodSymbol { Name: "GetType", Parameters.Length: 0, ContainingType.SpecialType: SpecialType.System_Object } => "reflection (GetType)",
            IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol when !ReachedThroughTypeName(name, context) =>
                BannedType(symbol.ContainingType),
            _ => null,
        };
        if (construct != null)
        {
            Report(context.ReportDiagnostic, name.GetLocation(), construct);
        }
    }

    /// <summary>Console.WriteLine is reported once, at Console, not again at WriteLine.</summary>
    private static bool ReachedThroughTypeName(SimpleNameSyntax name, SyntaxNodeAnalysisContext context) =>
        name.Parent is MemberAccessExpressionSyntax access
        && access.Name == name
        && context.SemanticModel.GetSymbolInfo(access.Expression, context.CancellationToken).Symbol is INamedTypeSymbol;

    private static void Operation(OperationAnalysisContext context, Scope scope)
    {
        IOperation operation = context.Operation;
        if (!scope.Covers(operation.Syntax.SyntaxTree) || operation.ConstantValue.HasValue)
        {
            return;
        }
        switch (operation)
        {
            case IConversionOperation conversion when conversion.GetConversion().IsBoxing:
                Report(context.ReportDiagnostic, conversion.Operand.Syntax.GetLocation(),
                    "boxing " + conversion.Operand.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " to " + conversion.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                Report(context.ReportDiagnostic, binary.Syntax.GetLocation(), "string concatenation");
                break;
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound when compound.Type?.SpecialType == SpecialType.System_String:
                Report(context.ReportDiagnostic, compound.Syntax.GetLocation(), "string concatenation");
                break;
            case IInterpolatedStringOperation interpolated:
                Report(context.ReportDiagnostic, interpolated.Syntax.GetLocation(), "string interpolation");
                break;
            case IDelegateCreationOperation { Target: not IAnonymousFunctionOperation } creation:
                Report(context.ReportDiagnostic, creation.Syntax.GetLocation(),
                    "delegate " + creation.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
                break;
        }
    }

    private static void Interface(SymbolAnalysisContext context, Scope scope, Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>> implementations)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Interface
            || type.Locations.Length == 0
            || type.Locations[0].SourceTree is not SyntaxTree tree
            || !scope.Covers(tree)
            || !implementations.Value.TryGetValue(type, out List<INamedTypeSymbol>? implementers)
            || implementers.Count <= MaxInterfaceImplementations)
        {
            return;
        }
        var names = new List<string>();
        foreach (INamedTypeSymbol implementer in implementers)
        {
            names.Add(implementer.Name);
        }
        names.Sort(StringComparer.Ordinal);
        Report(context.ReportDiagnostic, type.Locations[0],
            "interface " + type.Name + " with " + implementers.Count + " implementations (" + string.Join(", ", names) + ")");
    }

    private static Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> FindImplementations(Compilation compilation, CancellationToken cancellationToken)
    {
        var result = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (ISymbol member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol type)
                {
                    pending.Push(type);
                    if (type.TypeKind is TypeKind.Class or TypeKind.Struct)
                    {
                        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
                        {
                            INamedTypeSymbol key = implemented.OriginalDefinition;
                            if (!result.TryGetValue(key, out List<INamedTypeSymbol>? list))
                            {
                                list = new List<INamedTypeSymbol>();
                                result.Add(key, list);
                            }
                            list.Add(type);
                        }
                    }
                }
            }
        }
        return result;
    }

    private static string? BannedType(INamedTypeSymbol type)
    {
        INamedTypeSymbol outermost = type.OriginalDefinition;
        while (outermost.ContainingType != null)
        {
            outermost = outermost.ContainingType;
        }
        string ns = outermost.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (BannedNamespace(ns) is string construct)
        {
            return construct + " (" + type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ")";
        }
        return (ns, outermost.MetadataName) switch
        {
            ("System", "Console" or "Environment") => "System." + outermost.Name,
            ("System", "Type" or "Activator") => "reflection (System." + outermost.Name + ")",
            ("System.IO", "File" or "FileInfo" or "FileStream" or "Directory" or "DirectoryInfo") => "System.IO." + outermost.Name,
            _ => null,
        };
    }

    private static string? BannedNamespace(string ns)
    {
        if (IsWithin(ns, "System.Collections.Generic"))
        {
            return "System.Collections.Generic";
        }
        if (IsWithin(ns, "System.Linq"))
        {
            return "LINQ";
        }
        return IsWithin(ns, "System.Reflection") ? "reflection" : null;
    }

    private static bool IsWithin(string ns, string root) =>
        ns == root || (ns.StartsWith(root, StringComparison.Ordinal) && ns.Length > root.Length && ns[root.Length] == '.');

    private static void Report(Action<Diagnostic> report, Location location, string construct) =>
        report(Diagnostic.Create(DiagnosticDescriptors.KernelUnsafe, location, construct));

    /// <summary>Whether a file is checked, remembered per tree: the answer cannot change within a compilation.</summary>
    private sealed class Scope
    {
        private readonly AnalyzerOptions options;
        private readonly ConcurrentDictionary<SyntaxTree, bool> covered = new();

        public Scope(AnalyzerOptions options)
        {
            this.options = options;
        }

        public bool Covers(SyntaxTree tree) => covered.GetOrAdd(tree, t => StarForthOptions.IsKernelSafe(options, t));
    }
}
