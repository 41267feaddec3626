namespace StarForth;

// What spans parts: COLD (dictionary, compiler state, BASE), : (parsing a name, then compiling).
public sealed unsafe partial class Machine
{
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
        long nameAddress = OuterInterpreter.ParseName(out long nameLength);
        Compiler.BeginDefinition(nameAddress, nameLength);
    }
}
