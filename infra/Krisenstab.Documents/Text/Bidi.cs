using System.Globalization;

namespace Krisenstab.Documents.Text;

/// <summary>
/// A run-level subset of the Unicode bidirectional algorithm (UAX #9), enough for records that mix German, Ukrainian,
/// Arabic and Farsi in one paragraph, without explicit embeddings or isolates:
/// <list type="number">
/// <item>Each character is strong left-to-right (letters of left-to-right scripts), strong right-to-left (Hebrew,
/// Arabic, Syriac, Thaana, N'Ko and their presentation forms), a number (European or Arabic-Indic digits, with a single
/// separator <c>. , : /</c> between digits and <c>% ° + - # $ €</c> next to digits) or neutral (the rest). A combining
/// mark takes the class of the character before it.</item>
/// <item>The paragraph's direction is that of its first strong character (rule P2/P3); none: left to right.</item>
/// <item>A number after a left-to-right character (or at the start of a left-to-right paragraph) counts as
/// left-to-right (W7); any other number counts as right-to-left for its neighbours.</item>
/// <item>Neutrals between two strong sides of the same direction take it; others take the paragraph's (N1/N2).</item>
/// <item>Levels as in I1/I2 (right-to-left 1, numbers and left-to-right text inside right-to-left 2), and a line is
/// shown by reversing, from the highest level down to the lowest odd one, every stretch at that level or above (L2).</item>
/// </list>
/// Mirrored characters (brackets) in right-to-left runs are mirrored by HarfBuzz.
/// </summary>
internal static class Bidi
{
    private enum Kind : byte { Left, Right, Number, Neutral }

    /// <summary>The embedding level of every UTF-16 unit of <paramref name="text"/> and the paragraph's level (0 or 1).</summary>
    public static (byte[] Levels, byte Paragraph) Levels(string text)
    {
        var kinds = Classify(text);
        var paragraph = (byte)(kinds.FirstOrDefault(k => k is Kind.Left or Kind.Right, Kind.Left) == Kind.Right ? 1 : 0);
        NumbersAfterLeft(kinds, paragraph);
        ResolveNeutrals(kinds, paragraph);
        var levels = new byte[text.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            levels[i] = (paragraph, kinds[i]) switch
            {
                (0, Kind.Left) => 0,
                (0, Kind.Right) => 1,
                (1, Kind.Right) => 1,
                _ => 2,
            };
        }
        return (levels, paragraph);
    }

    /// <summary>The visual order (left to right) of runs given in logical order with their levels (rule L2).</summary>
    public static int[] VisualOrder(IReadOnlyList<byte> runLevels)
    {
        var order = Enumerable.Range(0, runLevels.Count).ToArray();
        if (runLevels.Count == 0)
        {
            return order;
        }
        var lowestOdd = runLevels.Where(l => l % 2 == 1).DefaultIfEmpty((byte)(runLevels.Max() + 1)).Min();
        for (var level = runLevels.Max(); level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (runLevels[order[i]] < level)
                {
                    i++;
                    continue;
                }
                var end = i;
                while (end < order.Length && runLevels[order[end]] >= level)
                {
                    end++;
                }
                Array.Reverse(order, i, end - i);
                i = end;
            }
        }
        return order;
    }

    private static Kind[] Classify(string text)
    {
        var kinds = new Kind[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            kinds[i] = char.GetUnicodeCategory(text, i) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark && i > 0
                ? kinds[i - 1]
                : KindOf(text, i);
        }
        NumberPunctuation(text, kinds);
        return kinds;
    }

    private static Kind KindOf(string text, int index)
    {
        var c = text[index];
        if (char.IsLowSurrogate(c) && index > 0)
        {
            return KindOfCodePoint(char.ConvertToUtf32(text[index - 1], c));
        }
        return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? KindOfCodePoint(char.ConvertToUtf32(c, text[index + 1]))
            : KindOfCodePoint(c);
    }

    private static Kind KindOfCodePoint(int c) => c switch
    {
        >= '0' and <= '9' or >= 0x0660 and <= 0x0669 or >= 0x06F0 and <= 0x06F9 => Kind.Number,
        0x200E => Kind.Left,
        0x200F or 0x061C => Kind.Right,
        >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF => Kind.Right,
        _ => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.SpacingCombiningMark ? Kind.Left : Kind.Neutral,
    };

    /// <summary>W4/W5, simplified: "1.5", "12:30", "3/4" stay one number, and so do "50 %"-like signs touching a number ("50%", "+3").</summary>
    private static void NumberPunctuation(string text, Kind[] kinds)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (kinds[i] == Kind.Neutral && text[i] is '.' or ',' or ':' or '/' && kinds[i - 1] == Kind.Number && kinds[i + 1] == Kind.Number)
            {
                kinds[i] = Kind.Number;
            }
        }
        for (var i = 0; i < text.Length; i++)
        {
            var touches = (i > 0 && kinds[i - 1] == Kind.Number) || (i + 1 < text.Length && kinds[i + 1] == Kind.Number);
            if (kinds[i] == Kind.Neutral && text[i] is '%' or '°' or '+' or '-' or '#' or '$' or '€' && touches)
            {
                kinds[i] = Kind.Number;
            }
        }
    }

    private static void NumbersAfterLeft(Kind[] kinds, byte paragraph)
    {
        var lastStrong = paragraph == 0 ? Kind.Left : Kind.Right;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.Left or Kind.Right)
            {
                lastStrong = kinds[i];
            }
            else if (kinds[i] == Kind.Number && lastStrong == Kind.Left)
            {
                kinds[i] = Kind.Left;
            }
        }
    }

    private static void ResolveNeutrals(Kind[] kinds, byte paragraph)
    {
        var embedding = paragraph == 0 ? Kind.Left : Kind.Right;
        for (var i = 0; i < kinds.Length;)
        {
            if (kinds[i] != Kind.Neutral)
            {
                i++;
                continue;
            }
            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.Neutral)
            {
                end++;
            }
            var before = i == 0 ? embedding : Side(kinds[i - 1]);
            var after = end == kinds.Length ? embedding : Side(kinds[end]);
            Array.Fill(kinds, before == after ? before : embedding, i, end - i);
            i = end;
        }
    }

    /// <summary>Numbers count as right-to-left for neutrals (N1).</summary>
    private static Kind Side(Kind kind) => kind == Kind.Left ? Kind.Left : Kind.Right;
}
