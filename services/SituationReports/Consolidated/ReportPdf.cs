using System.Globalization;
using Krisenstab.Contracts.Situation;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Krisenstab.SituationReports.Consolidated;

/// <summary>A sent situation report as a PDF document: title with the running number, the four blocks, release and sending.</summary>
public static class ReportPdf
{
    public const string ContentType = "application/pdf";

    private const double Margin = 56;
    private const double BodySize = 10.5;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Title(int number, string crisisName) => $"Lagemeldung Nr. {number} – {crisisName}";

    public static byte[] Render(string crisisName, ConsolidatedReport report)
    {
        using var document = new PdfDocument();
        var title = Title(report.Number!.Value, crisisName);
        document.Info.Title = title;
        document.Info.Subject = $"An {report.Recipient}";
        // Unicode (Identity-H with a ToUnicode map): Cyrillic, Arabic script names and the like render and copy as written.
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var writer = new PageWriter(document, new XFont(ReportFonts.Family, BodySize, XFontStyleEx.Regular, options), new XFont(ReportFonts.Family, 13, XFontStyleEx.Bold, options));
        writer.Heading(title);
        writer.Paragraph($"An: {report.Recipient} · gesendet {When(report.SentAt!.Value)} · freigegeben von {report.ReleasedBy} am {When(report.ReleasedAt!.Value)}");
        Block(writer, "1. Überblick", report.Blocks.Overview);
        Block(writer, "2. Lage außerhalb des eigenen Zuständigkeitsbereichs", report.Blocks.OutsideSituation);
        Block(writer, "3. Eigene Lage", report.Blocks.OwnSituation);
        Block(writer, "4. Prognose", report.Blocks.Forecast);
        writer.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Block(PageWriter writer, string heading, string text)
    {
        writer.Heading(heading);
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            writer.Paragraph(paragraph);
        }
    }

    private static string When(DateTimeOffset at) => at.UtcDateTime.ToString("dd.MM.yyyy HH:mm 'UTC'", German);

    /// <summary>Writes lines top to bottom, wrapping words to the page width and starting a new page at the bottom margin.</summary>
    private sealed class PageWriter(PdfDocument document, XFont body, XFont heading) : IDisposable
    {
        private XGraphics? _graphics;
        private double _y;
        private double _width;
        private double _bottom;

        public void Heading(string text)
        {
            Line(text, heading, before: 8);
        }

        public void Paragraph(string text)
        {
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var longer = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && Graphics.MeasureString(longer, body).Width > _width)
                {
                    Line(line, body);
                    line = word;
                }
                else
                {
                    line = longer;
                }
            }
            Line(line, body);
        }

        public void Dispose() => _graphics?.Dispose();

        private XGraphics Graphics => _graphics ?? NewPage();

        private void Line(string text, XFont font, double before = 0)
        {
            var height = font.GetHeight() * 1.25;
            if (_graphics is null || _y + before + height > _bottom)
            {
                NewPage();
            }
            _y += before;
            Graphics.DrawString(text, font, XBrushes.Black, new XPoint(Margin, _y + font.GetHeight()));
            _y += height;
        }

        private XGraphics NewPage()
        {
            _graphics?.Dispose();
            var page = document.AddPage();
            _graphics = XGraphics.FromPdfPage(page);
            (_y, _width, _bottom) = (Margin, page.Width.Point - 2 * Margin, page.Height.Point - Margin);
            return _graphics;
        }
    }
}
