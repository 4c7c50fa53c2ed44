using SkiaSharp;
using HbBlob = HarfBuzzSharp.Blob;
using HbFace = HarfBuzzSharp.Face;
using HbFont = HarfBuzzSharp.Font;

namespace Krisenstab.Documents.Text;

/// <summary>One font file, opened twice: by HarfBuzz to shape text into glyphs, by Skia to draw and embed them.</summary>
internal sealed class FontFace : IDisposable
{
    private readonly HbBlob _blob;
    private readonly HbFace _face;

    private FontFace(string path)
    {
        _blob = HbBlob.FromFile(path);
        _face = new HbFace(_blob, 0);
        Shaping = new HbFont(_face);
        Shaping.SetFunctionsOpenType();
        UnitsPerEm = _face.UnitsPerEm;
        Shaping.SetScale(UnitsPerEm, UnitsPerEm);
        Typeface = SKTypeface.FromFile(path) ?? throw new InvalidDataException($"{path} is not a font Skia can read.");
    }

    public HbFont Shaping { get; }

    public SKTypeface Typeface { get; }

    public int UnitsPerEm { get; }

    public static FontFace Open(string path) => new(path);

    public bool Has(int codePoint) => Shaping.TryGetGlyph(codePoint, out _);

    public void Dispose()
    {
        Typeface.Dispose();
        Shaping.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }
}
