namespace StarForth.Hosting;

/// <summary>
/// What one <see cref="ForthVm.Evaluate"/> gave: the output it printed, and 0 or the THROW code that ended it with
/// its message. Errors are values: nothing is thrown for a Forth error.
/// </summary>
/// <param name="Code">0, or the uncaught THROW code (-13 for an undefined word ...).</param>
/// <param name="Message">"" or the error as the starforth command reports it ("undefined word: FOO").</param>
/// <param name="Output">Everything the source printed (TYPE, ., EMIT ...), decoded as UTF-8.</param>
public readonly record struct ForthResult(long Code, string Message, string Output)
{
    public bool Succeeded => Code == 0;

    public override string ToString() => Succeeded ? Output : Output + "error " + Code + ": " + Message;
}
