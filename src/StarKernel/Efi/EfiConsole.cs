namespace StarKernel.Efi;

/// <summary>Text output through the firmware's ConOut (which OVMF mirrors to COM1); boot services only.</summary>
internal static unsafe class EfiConsole
{
    /// <summary>Writes ASCII <paramref name="text"/>, turning each <c>\n</c> into the CRLF the firmware console expects.</summary>
    public static void Write(EfiSystemTable* systemTable, string text)
    {
        const int ChunkChars = 64;
        char* buffer = stackalloc char[ChunkChars + 2];
        int used = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                buffer[used++] = '\r';
            }
            buffer[used++] = text[i];
            if (used >= ChunkChars || i == text.Length - 1)
            {
                buffer[used] = '\0';
                systemTable->ConOut->OutputString(systemTable->ConOut, buffer);
                used = 0;
            }
        }
    }
}
