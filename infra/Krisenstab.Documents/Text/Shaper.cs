using System.Text;
using HarfBuzzSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace Krisenstab.Documents.Text;

/// <summary>
/// Shapes one line: cuts it into runs of one level and one face, puts the runs in visual order (<see cref="Bidi"/>),
/// and lets HarfBuzz turn each run into positioned glyphs (joined Arabic letter forms, ligatures, kerning, mirrored
/// brackets in right-to-left runs). The whole line is given to HarfBuzz as context, so letters join across a cut.
/// </summary>
internal static class Shaper
{
    public static ShapedLine Shape(string line, ReadOnlySpan<byte> levels, byte paragraphLevel, FontSet fonts, float size)
    {
        if (line.Length == 0)
        {
            return ShapedLine.Empty(size);
        }
        var faces = fonts.FacesOf(line);
        var runs = new List<(int Start, int Length, byte Level)>();
        for (var i = 0; i < line.Length;)
        {
            var end = i + 1;
            while (end < line.Length && (char.IsLowSurrogate(line[end]) || (levels[end] == levels[i] && faces[end] == faces[i])))
            {
                end++;
            }
            runs.Add((i, end - i, levels[i]));
            i = end;
        }
        var shaped = new List<GlyphRun>(runs.Count);
        var x = 0f;
        foreach (var index in Bidi.VisualOrder([.. runs.Select(r => r.Level)]))
        {
            var (start, length, level) = runs[index];
            var run = ShapeRun(line, start, length, level % 2 == 1, faces[start], size, x);
            shaped.Add(run.Run);
            x = run.End;
        }
        return new ShapedLine(shaped, size, x, paragraphLevel == 1);
    }

    /// <summary>
    /// Left-to-right text is shaped without ligatures: a PDF reader maps a ligature glyph back to one character
    /// (ﬀ, U+FB00), so an id or a name copied or searched in the record would not match. Arabic keeps its required ones.
    /// </summary>
    private static readonly Feature[] NoLatinLigatures = [Feature.Parse("liga=0"), Feature.Parse("clig=0"), Feature.Parse("dlig=0")];

    private static (GlyphRun Run, float End) ShapeRun(string line, int start, int length, bool rightToLeft, FontFace face, float size, float x)
    {
        using var buffer = new HbBuffer();
        buffer.AddUtf16(line, start, length);
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        face.Shaping.Shape(buffer, rightToLeft ? [] : NoLatinLigatures);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var scale = size / face.UnitsPerEm;
        var byteOffsets = Utf8Offsets(line, start, length);
        var glyphs = new ushort[infos.Length];
        var xs = new float[infos.Length];
        var ys = new float[infos.Length];
        var clusters = new uint[infos.Length];
        for (var g = 0; g < infos.Length; g++)
        {
            glyphs[g] = (ushort)infos[g].Codepoint;
            xs[g] = x + (positions[g].XOffset * scale);
            ys[g] = -positions[g].YOffset * scale;
            clusters[g] = byteOffsets[(int)infos[g].Cluster - start];
            x += positions[g].XAdvance * scale;
        }
        var text = Encoding.UTF8.GetBytes(line.Substring(start, length));
        return (new GlyphRun(face, glyphs, xs, ys, text, clusters, rightToLeft), x);
    }

    /// <summary>The UTF-8 byte offset of each UTF-16 unit of the run (HarfBuzz's clusters count UTF-16 units of the line).</summary>
    private static uint[] Utf8Offsets(string line, int start, int length)
    {
        var offsets = new uint[length + 1];
        uint bytes = 0;
        for (var i = 0; i < length; i++)
        {
            offsets[i] = bytes;
            var c = line[start + i];
            bytes += c switch
            {
                < (char)0x80 => 1u,
                < (char)0x800 => 2u,
                _ when char.IsHighSurrogate(c) => 4u,
                _ when char.IsLowSurrogate(c) => 0u,
                _ => 3u,
            };
        }
        offsets[length] = bytes;
        return offsets;
    }
}
