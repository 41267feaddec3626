using RadLine;

namespace StarForth.Cli;

/// <summary>Ctrl-D on an empty line ends the REPL, as in a shell; on a non-empty line it does nothing.</summary>
public sealed class EndOfInputCommand : LineEditorCommand
{
    public bool Requested { get; private set; }

    public override void Execute(LineEditorContext context)
    {
        if (context.Buffer.Length == 0)
        {
            Requested = true;
            context.Submit(SubmitAction.Submit);
        }
    }
}
