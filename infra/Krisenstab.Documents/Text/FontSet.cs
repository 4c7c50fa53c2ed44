using System.Text;

namespace Krisenstab.Documents.Text;

/// <summary>Fonts of one weight in the order they are tried: a character is set in the first that has it.</summary>
internal sealed class FontSet : IDisposable
{
    private readonly FontFace[] _faces;

    private FontSet(FontFace[] faces) => _faces = faces;

    public static FontSet Load(string directory, IEnumerable<string> files) =>
        new([.. files.Select(file => FontFace.Open(Path.Combine(directory, file)))]);

    /// <summary>
    /// The face for each UTF-16 unit of <paramref name="text"/>. A neutral character (space, punctuation, digit) stays
    /// in the face of the character before it when that face has it, so that a run is not cut up for a space.
    /// </summary>
    public FontFace[] FacesOf(string text)
    {
        var faces = new FontFace[text.Length];
        FontFace? previous = null;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var face = previous is not null && !Rune.IsLetter(rune) && previous.Has(rune.Value)
                ? previous
                : _faces.FirstOrDefault(f => f.Has(rune.Value)) ?? _faces[0];
            for (var unit = 0; unit < length; unit++)
            {
                faces[i + unit] = face;
            }
            previous = face;
            i += length;
        }
        return faces;
    }

    public void Dispose()
    {
        foreach (var face in _faces)
        {
            face.Dispose();
        }
    }
}
