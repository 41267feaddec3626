namespace StarForth;

/// <summary>What executing a word_id does; kept per word_id beside the header.</summary>
public enum WordKind : byte
{
    /// <summary>No word has this id (yet).</summary>
    None = 0,

    /// <summary>A C# method, run by the generated dispatch.</summary>
    Primitive,

    /// <summary>A locked word_id whose primitive this build does not implement; executing it throws -21.</summary>
    Unimplemented,

    /// <summary>A word_id-threaded body in the arena.</summary>
    Colon,

    /// <summary>CREATE and VARIABLE: pushes its data-field address.</summary>
    Create,

    /// <summary>CONSTANT: pushes the cell stored in its data field.</summary>
    Constant,

    /// <summary>A CREATEd word changed by DOES>: pushes its data-field address, then runs the DOES> code.</summary>
    Does,

    /// <summary>VALUE: pushes the cell in its data field, which TO replaces.</summary>
    Value,

    /// <summary>2CONSTANT: pushes the two cells in its data field (stored like 2!).</summary>
    TwoConstant,

    /// <summary>DEFER: executes the xt in its data field, which IS and DEFER! replace.</summary>
    Defer,

    /// <summary>MARKER: forgets itself and everything newer, back to the dictionary mark in its data field.</summary>
    Marker,

    /// <summary>A primitive of a registered word pack: <see cref="WordPacks"/> runs it.</summary>
    PackPrimitive,

    /// <summary>2VALUE: pushes the two cells in its data field (stored like 2!), which TO replaces.</summary>
    TwoValue,

    /// <summary>+FIELD and FIELD: CFIELD: adds the offset in its data field to the address on the stack.</summary>
    Field,
}
