namespace Krisenstab.Documents.Text;

/// <summary>
/// One run of glyphs in one face and direction, as HarfBuzz placed them (left to right on the page).
/// <paramref name="Text"/> is the run's characters in logical order and <paramref name="Clusters"/> each glyph's offset
/// into it in UTF-8 bytes: Skia's PDF writer turns them into the text a reader copies (ToUnicode and ActualText).
/// </summary>
internal sealed record GlyphRun(FontFace Face, ushort[] Glyphs, float[] X, float[] Y, byte[] Text, uint[] Clusters, bool RightToLeft);

/// <summary>A line of text at one size, shaped and in visual order; <see cref="Width"/> in points.</summary>
internal sealed record ShapedLine(IReadOnlyList<GlyphRun> Runs, float Size, float Width, bool RightToLeft)
{
    public static ShapedLine Empty(float size) => new([], size, 0, false);
}
