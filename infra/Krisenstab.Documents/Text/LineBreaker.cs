namespace Krisenstab.Documents.Text;

/// <summary>
/// Wraps a paragraph to a width: the levels are found once for the whole paragraph, the words are filled into lines
/// in logical order, and each line is then shaped and reordered on its own (UAX #9: reorder per line, after breaking).
/// A word wider than the line (a hash, a long address) is broken between characters. A paragraph that fits is shaped once.
/// </summary>
internal static class LineBreaker
{
    /// <summary>The lines of a text whose line breaks start new paragraphs (each with its own direction).</summary>
    public static List<ShapedLine> WrapText(string text, FontSet fonts, float size, float width) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').SelectMany(paragraph => Wrap(paragraph, fonts, size, width))];

    public static IReadOnlyList<ShapedLine> Wrap(string paragraph, FontSet fonts, float size, float width)
    {
        var text = paragraph.Replace('\t', ' ').TrimEnd();
        var (levels, paragraphLevel) = Bidi.Levels(text);
        ShapedLine ShapeRange(int start, int end) =>
            Shaper.Shape(text[start..end], levels.AsSpan(start, end - start), paragraphLevel, fonts, size);

        var whole = ShapeRange(0, text.Length);
        if (whole.Width <= width)
        {
            return [whole];
        }
        var lines = new List<ShapedLine>();
        var words = Words(text, start => ShapeRange(start.Start, start.End).Width, width);
        if (words.Count == 0)
        {
            return [ShapedLine.Empty(size)];
        }
        var space = Shaper.Shape(" ", [paragraphLevel], paragraphLevel, fonts, size).Width;
        var first = 0;
        var filled = words[0].Width;
        for (var i = 1; i < words.Count; i++)
        {
            if (filled + space + words[i].Width > width)
            {
                lines.Add(ShapeRange(words[first].Start, words[i - 1].End));
                (first, filled) = (i, words[i].Width);
            }
            else
            {
                filled += space + words[i].Width;
            }
        }
        lines.Add(ShapeRange(words[first].Start, words[^1].End));
        return lines;
    }

    private static List<(int Start, int End, float Width)> Words(string text, Func<(int Start, int End), float> measure, float width)
    {
        var words = new List<(int Start, int End, float Width)>();
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }
            var end = text.IndexOf(' ', i);
            end = end < 0 ? text.Length : end;
            var wordWidth = measure((i, end));
            if (wordWidth <= width)
            {
                words.Add((i, end, wordWidth));
            }
            else
            {
                words.AddRange(Pieces(text, i, end, measure, width));
            }
            i = end;
        }
        return words;
    }

    /// <summary>A too long word in pieces that fit, each at least one character.</summary>
    private static IEnumerable<(int Start, int End, float Width)> Pieces(string text, int start, int end, Func<(int Start, int End), float> measure, float width)
    {
        while (start < end)
        {
            var cut = Next(text, start);
            var cutWidth = measure((start, cut));
            while (cut < end)
            {
                var longer = Next(text, cut);
                var longerWidth = measure((start, longer));
                if (longerWidth > width)
                {
                    break;
                }
                (cut, cutWidth) = (longer, longerWidth);
            }
            yield return (start, cut, cutWidth);
            start = cut;
        }
    }

    private static int Next(string text, int index) =>
        index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]) ? index + 2 : index + 1;
}
