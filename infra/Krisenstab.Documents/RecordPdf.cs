using Krisenstab.Documents.Layout;
using Krisenstab.Documents.Text;
using SkiaSharp;

namespace Krisenstab.Documents;

/// <summary>Prints a <see cref="RecordDocument"/> as a PDF (A4): fonts embedded, text shaped, pages numbered "x / y".</summary>
public static class RecordPdf
{
    public const string ContentType = "application/pdf";

    public static byte[] Render(RecordDocument document, DocumentFonts fonts)
    {
        using var stream = new MemoryStream();
        Write(document, fonts, stream);
        return stream.ToArray();
    }

    public static void Write(RecordDocument document, DocumentFonts fonts, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fonts);
        var pages = RecordLayout.Pages(document, fonts);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Subject = string.Join(" · ", document.Subtitle),
            Creator = "Krisenstab",
            Producer = "Krisenstab.Documents (Skia, HarfBuzz)",
        };
        using (var pdf = SKDocument.CreatePdf(output, metadata))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(PageStyle.Width, PageStyle.Height);
                PageDrawing.Draw(canvas, pages[i]);
                var number = LineBreaker.Wrap($"{i + 1} / {pages.Count}", fonts.Regular, PageStyle.FooterSize, PageStyle.ContentWidth)[0];
                PageDrawing.Draw(canvas, new TextItem(number, (PageStyle.Width - number.Width) / 2, PageStyle.FooterBaseline));
                pdf.EndPage();
            }
            pdf.Close();
        }
    }
}
