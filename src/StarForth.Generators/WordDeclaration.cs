namespace StarForth.Generators;

/// <summary>One [ForthWord] attribute on one method, reduced to plain values so the pipeline can cache it.</summary>
public readonly record struct WordDeclaration(
    string Name,
    string StackEffectText,
    int Flags,
    int Operand,
    string Vocabulary,
    int ExplicitId,
    string ContainingType,
    string MethodName,
    PrimitiveSignature Signature,
    bool HasValidSignature);
