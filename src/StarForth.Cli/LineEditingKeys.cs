using System;
using RadLine;

namespace StarForth.Cli;

/// <summary>The Emacs/readline keys a shell user expects, on top of RadLine's own (arrows, Home, End, Tab).</summary>
public static class LineEditingKeys
{
    public static void Add(KeyBindings keys)
    {
        keys.Add<MoveHomeCommand>(ConsoleKey.A, ConsoleModifiers.Control);
        keys.Add<MoveEndCommand>(ConsoleKey.E, ConsoleModifiers.Control);
        keys.Add<MoveLeftCommand>(ConsoleKey.B, ConsoleModifiers.Control);
        keys.Add<MoveRightCommand>(ConsoleKey.F, ConsoleModifiers.Control);
        keys.Add<PreviousHistoryCommand>(ConsoleKey.P, ConsoleModifiers.Control);
        keys.Add<NextHistoryCommand>(ConsoleKey.N, ConsoleModifiers.Control);
        keys.Add(ConsoleKey.U, ConsoleModifiers.Control, () => new KillToStartCommand());
        keys.Add(ConsoleKey.K, ConsoleModifiers.Control, () => new KillToEndCommand());
        keys.Add(ConsoleKey.W, ConsoleModifiers.Control, () => new KillWordBeforeCommand());
    }

    /// <summary>Ctrl-U: deletes from the start of the line to the cursor.</summary>
    public sealed class KillToStartCommand : LineEditorCommand
    {
        public override void Execute(LineEditorContext context)
        {
            int cursor = context.Buffer.Position;
            context.Buffer.Move(0);
            context.Buffer.Clear(0, cursor);
        }
    }

    /// <summary>Ctrl-K: deletes from the cursor to the end of the line.</summary>
    public sealed class KillToEndCommand : LineEditorCommand
    {
        public override void Execute(LineEditorContext context) =>
            context.Buffer.Clear(context.Buffer.Position, context.Buffer.Length - context.Buffer.Position);
    }

    /// <summary>Ctrl-W: deletes the word before the cursor and the blanks after it, as a shell does.</summary>
    public sealed class KillWordBeforeCommand : LineEditorCommand
    {
        public override void Execute(LineEditorContext context)
        {
            string text = context.Buffer.Content;
            int end = context.Buffer.Position;
            int start = end;
            while (start > 0 && char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
            context.Buffer.Move(start);
            context.Buffer.Clear(start, end - start);
        }
    }
}
