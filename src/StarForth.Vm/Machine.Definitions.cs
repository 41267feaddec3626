namespace StarForth;

// What spans parts: COLD (dictionary, compiler state, BASE), : (parsing a name, then compiling), INTERPRET.
public sealed unsafe partial class Machine
{
    /// <summary>INTERPRET: runs the outer interpreter over the rest of the current source.</summary>
    public void InterpretSource() => Interpret();

    /// <summary>COLD: forgets every word defined since bootstrap (or since SAVE-SYSTEM) and resets BASE and STATE.</summary>
    public void ColdStart()
    {
        if (Compiler.DefinitionWordId >= 0)
        {
            Compiler.AbandonDefinition();
        }
        Dictionary.ReturnToColdImage();
        Arena.Base = 10;
        Compiler.Compiling = false;
    }

    /// <summary>: NAME — parses the name and starts a colon definition (-29 inside one, before anything is parsed).</summary>
    public void BeginDefinition()
    {
        if (Compiler.DefinitionWordId >= 0)
        {
            Throw(StarForth.ThrowCode.CompilerNesting);
            return;
        }
        long nameAddress = ParseName(out long nameLength);
        Compiler.BeginDefinition(nameAddress, nameLength);
    }
}
