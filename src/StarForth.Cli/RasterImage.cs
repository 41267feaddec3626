namespace StarForth.Cli;

/// <summary>An sRGB colour, 8 bits per channel.</summary>
public readonly record struct Colour(byte Red, byte Green, byte Blue)
{
    /// <summary>The colour a fraction <paramref name="t"/> (0..1) of the way from this one to <paramref name="to"/>.</summary>
    public Colour Toward(Colour to, double t) => new(Mix(Red, to.Red, t), Mix(Green, to.Green, t), Mix(Blue, to.Blue, t));

    private static byte Mix(byte from, byte to, double t) => (byte)(from + (to - from) * t + 0.5);
}

/// <summary>
/// A picture in memory, RGB rows top to bottom: filled rectangles and text in <see cref="PixelFont"/>, which is all
/// the heat map needs. Drawing outside the picture is clipped.
/// </summary>
public sealed class RasterImage
{
    public int Width { get; }

    public int Height { get; }

    /// <summary>Three bytes per pixel, red first, row after row.</summary>
    public byte[] Pixels { get; }

    public RasterImage(int width, int height, Colour background)
    {
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 3];
        FillRectangle(0, 0, width, height, background);
    }

    public Colour PixelAt(int x, int y)
    {
        int i = (y * Width + x) * 3;
        return new Colour(Pixels[i], Pixels[i + 1], Pixels[i + 2]);
    }

    public void FillRectangle(int left, int top, int width, int height, Colour colour)
    {
        int x0 = left < 0 ? 0 : left;
        int y0 = top < 0 ? 0 : top;
        int x1 = left + width > Width ? Width : left + width;
        int y1 = top + height > Height ? Height : top + height;
        for (int y = y0; y < y1; y++)
        {
            for (int x = x0; x < x1; x++)
            {
                int i = (y * Width + x) * 3;
                Pixels[i] = colour.Red;
                Pixels[i + 1] = colour.Green;
                Pixels[i + 2] = colour.Blue;
            }
        }
    }

    /// <summary>How wide <paramref name="text"/> is at <paramref name="scale"/> (one blank column between glyphs).</summary>
    public static int TextWidth(string text, int scale) => text.Length * (PixelFont.GlyphWidth + 1) * scale;

    /// <summary>Text left to right, its top-left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public void DrawText(int left, int top, string text, int scale, Colour colour)
    {
        for (int n = 0; n < text.Length; n++)
        {
            int glyphLeft = left + n * (PixelFont.GlyphWidth + 1) * scale;
            for (int y = 0; y < PixelFont.GlyphHeight; y++)
            {
                for (int x = 0; x < PixelFont.GlyphWidth; x++)
                {
                    if (PixelFont.IsSet(text[n], x, y))
                    {
                        FillRectangle(glyphLeft + x * scale, top + y * scale, scale, scale, colour);
                    }
                }
            }
        }
    }

    /// <summary>Text reading bottom to top (turned a quarter left), starting at (<paramref name="left"/>, <paramref name="bottom"/>).</summary>
    public void DrawTextUpward(int left, int bottom, string text, int scale, Colour colour)
    {
        for (int n = 0; n < text.Length; n++)
        {
            int glyphBottom = bottom - n * (PixelFont.GlyphWidth + 1) * scale;
            for (int y = 0; y < PixelFont.GlyphHeight; y++)
            {
                for (int x = 0; x < PixelFont.GlyphWidth; x++)
                {
                    if (PixelFont.IsSet(text[n], x, y))
                    {
                        FillRectangle(left + y * scale, glyphBottom - (x + 1) * scale, scale, scale, colour);
                    }
                }
            }
        }
    }
}
