using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Krisenstab.Testing;

/// <summary>
/// A PDF read back with PdfPig, word by word. PdfPig returns glyphs in visual order (left to right on the page) and
/// Arabic letters as the presentation forms the shaper chose; <see cref="Logical"/> turns a right-to-left word back
/// into the characters as written: reversed, then normalised (NFKC). <see cref="Text"/> puts each page's lines
/// together in reading order (a line with more right-to-left words than others is read from the right), enough to
/// find a sentence; a test of order within a mixed line compares the words' positions.
/// </summary>
public sealed class PdfReadBack
{
    private PdfReadBack(string title, IReadOnlyList<IReadOnlyList<Word>> pages) => (Title, Pages) = (title, pages);

    public string Title { get; }

    /// <summary>Each page's words as PdfPig found them (visual order, raw letters).</summary>
    public IReadOnlyList<IReadOnlyList<Word>> Pages { get; }

    public static PdfReadBack Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(page => (IReadOnlyList<Word>)[.. page.GetWords()]).ToList();
        return new PdfReadBack(document.Information.Title ?? "", pages);
    }

    /// <summary>Every page's lines, top to bottom, one per line of text, words as written and in reading order.</summary>
    public string Text => string.Join('\n', Pages.SelectMany(Lines));

    /// <summary>The words of page <paramref name="index"/> (0-based) as written.</summary>
    public IReadOnlyList<string> WordsOf(int index) => [.. Pages[index].Select(w => Logical(w.Text))];

    /// <summary>Every page's words as written, in page order.</summary>
    public IReadOnlyList<string> AllWords => [.. Pages.SelectMany(p => p.Select(w => Logical(w.Text)))];

    /// <summary>The first word on any page that reads <paramref name="text"/> as written.</summary>
    public Word Find(string text) =>
        Pages.SelectMany(p => p).FirstOrDefault(w => Logical(w.Text) == text)
        ?? throw new Xunit.Sdk.XunitException($"\"{text}\" is not in the PDF; its words: {string.Join(" ", AllWords)}");

    private static IEnumerable<string> Lines(IReadOnlyList<Word> page) =>
        page.GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .OrderByDescending(line => line.Key)
            .Select(line =>
            {
                var words = line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList();
                var rightToLeft = words.Count(IsRightToLeft) * 2 > words.Count;
                return string.Join(' ', (rightToLeft ? Enumerable.Reverse(words) : words).Select(Logical));
            });

    public static bool IsRightToLeft(string word) => word.Any(c => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFEFC');

    public static string Logical(string word)
    {
        if (!IsRightToLeft(word))
        {
            return word;
        }
        var reversed = word.EnumerateRunes().Reverse().Aggregate(new StringBuilder(), (s, r) => s.Append(r.ToString()));
        return reversed.ToString().Normalize(NormalizationForm.FormKC);
    }
}
