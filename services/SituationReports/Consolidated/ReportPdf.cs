using System.Globalization;
using Krisenstab.Contracts.Situation;
using Krisenstab.Documents;

namespace Krisenstab.SituationReports.Consolidated;

/// <summary>A sent situation report as a PDF document: title with the running number, the four blocks, release and sending.</summary>
public static class ReportPdf
{
    public const string ContentType = RecordPdf.ContentType;

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Title(int number, string crisisName) => $"Lagemeldung Nr. {number} – {crisisName}";

    /// <summary>One page or more, the title on the first; every line in its own script and direction (an Arabic notice is shaped right to left).</summary>
    public static byte[] Render(string crisisName, ConsolidatedReport report, DocumentFonts fonts)
    {
        var record = new RecordDocument(
            Title(report.Number!.Value, crisisName),
            [$"An: {report.Recipient} · gesendet {When(report.SentAt!.Value)} · freigegeben von {report.ReleasedBy} am {When(report.ReleasedAt!.Value)}"],
            Period: null,
            Anchor: null,
            [
                Block("1. Überblick", report.Blocks.Overview),
                Block("2. Lage außerhalb des eigenen Zuständigkeitsbereichs", report.Blocks.OutsideSituation),
                Block("3. Eigene Lage", report.Blocks.OwnSituation),
                Block("4. Prognose", report.Blocks.Forecast),
            ])
        { TitlePageAlone = false };
        return RecordPdf.Render(record, fonts);
    }

    private static RecordSection Block(string heading, string text) => new(heading, [new RecordParagraph(text)]);

    private static string When(DateTimeOffset at) => at.UtcDateTime.ToString("dd.MM.yyyy HH:mm 'UTC'", German);
}
