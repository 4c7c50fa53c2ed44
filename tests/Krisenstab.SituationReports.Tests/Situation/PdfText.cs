using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Krisenstab.SituationReports.Tests.Situation;

/// <summary>
/// The title and the text a PDF's pages show, read back with PDFsharp's own reader. The report's fonts are embedded
/// with Unicode (Identity-H) encoding, so the content streams hold glyph ids; each font's ToUnicode map turns them
/// back into the characters a reader sees (and copies).
/// </summary>
public static partial class PdfText
{
    public static (string Title, string Text) ReadBack(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var fonts = page.Resources.Elements.GetDictionary("/Font")!;
            var maps = fonts.Elements.Keys.ToDictionary(name => name, name => UnicodeMap(fonts.Elements.GetDictionary(name)!));
            var current = new Dictionary<int, string>();
            foreach (var op in ContentReader.ReadContent(page).OfType<COperator>())
            {
                if (op.OpCode.Name == "Tf" && op.Operands[0] is CName font)
                {
                    current = maps[font.Name];
                }
                else if (op.OpCode.Name is "Tj" or "TJ")
                {
                    Strings(op.Operands, s => text.Append(Decode(s, current)));
                    text.Append('\n');
                }
            }
        }
        return (document.Info.Title, text.ToString());
    }

    private static void Strings(CSequence sequence, Action<string> found)
    {
        foreach (var item in sequence)
        {
            if (item is CString s)
            {
                found(s.Value);
            }
            else if (item is CSequence inner)
            {
                Strings(inner, found);
            }
        }
    }

    /// <summary>Two bytes per glyph id (Identity-H).</summary>
    private static string Decode(string glyphs, Dictionary<int, string> map)
    {
        var text = new StringBuilder();
        for (var i = 0; i + 1 < glyphs.Length; i += 2)
        {
            text.Append(map.GetValueOrDefault((glyphs[i] << 8) | glyphs[i + 1], "\uFFFD"));
        }
        return text.ToString();
    }

    private static Dictionary<int, string> UnicodeMap(PdfDictionary font)
    {
        var cmap = Encoding.ASCII.GetString(font.Elements.GetDictionary("/ToUnicode")!.Stream.UnfilteredValue);
        var map = new Dictionary<int, string>();
        foreach (Match section in Section().Matches(cmap))
        {
            var ranges = section.Groups[1].Value == "range";
            foreach (Match entry in (ranges ? Range() : Single()).Matches(section.Groups[2].Value))
            {
                var (from, to, first) = ranges
                    ? (Hex(entry.Groups[1].Value), Hex(entry.Groups[2].Value), Hex(entry.Groups[3].Value))
                    : (Hex(entry.Groups[1].Value), Hex(entry.Groups[1].Value), Hex(entry.Groups[2].Value));
                for (var glyph = from; glyph <= to; glyph++)
                {
                    map[glyph] = char.ConvertFromUtf32(first + glyph - from);
                }
            }
        }
        return map;
    }

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"beginbf(char|range)(.*?)endbf\1", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Range();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Single();
}
