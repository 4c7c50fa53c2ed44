namespace Krisenstab.Documents.Tests;

/// <summary>Records for the tests, and the fonts of the test machine (Debian's fonts-noto-core, installed by scripts/test-servers.sh).</summary>
public static class Records
{
    public static readonly DocumentFonts Fonts = DocumentFonts.Load(DocumentFonts.DebianDirectory);

    public static RecordDocument With(params RecordBlock[] blocks) =>
        new("Einsatztagebuch – Testlage", ["Stab HVB Landkreis Kassel"], "01.03.2022 08:00 – 31.05.2022 18:00 UTC", null,
            [new RecordSection("Eintragungen", blocks)]);

    public static PdfReadBack Print(RecordDocument document) => PdfReadBack.Of(RecordPdf.Render(document, Fonts));
}
