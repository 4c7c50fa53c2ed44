using System.Globalization;
using Krisenstab.Documents;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Logbook;

/// <summary>
/// The staff log as a PDF record: a title page with the crisis, the period of its lines and the journal's chain
/// anchor (and whether the chain verified), then every line in a table — each text in its own script and direction.
/// </summary>
public static class StaffLogPdf
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static byte[] Render(string crisisName, IReadOnlyList<StaffLogRow> rows, JournalVerification chain, DocumentFonts fonts)
    {
        var period = rows.Count == 0 ? null : $"{When(rows.Min(r => r.OccurredAt))} – {When(rows.Max(r => r.OccurredAt))}";
        var record = new RecordDocument(
            $"Einsatztagebuch – {crisisName}",
            [$"{rows.Count} Eintragungen", chain.Intact ? "Hash-Kette geprüft: unversehrt" : $"Hash-Kette geprüft: GEBROCHEN bei Eintrag {chain.FirstBroken?.Version}"],
            period,
            chain.Anchor,
            [
                new RecordSection("Eintragungen",
                [
                    new RecordTable(
                        [new RecordColumn("Nr."), new RecordColumn("Ereignis / Eintrag", 2), new RecordColumn("Verfasser", 2), new RecordColumn("Stelle"), new RecordColumn("Art", 2), new RecordColumn("Text", 6)],
                        [.. rows.Select(Row)]),
                ]),
            ]);
        return RecordPdf.Render(record, fonts);
    }

    private static IReadOnlyList<string> Row(StaffLogRow row) =>
    [
        row.Number.ToString(CultureInfo.InvariantCulture),
        $"{When(row.OccurredAt)}\n{When(row.EnteredAt)}",
        string.Join("\n", new[] { row.Author, row.Role, row.Function }.Where(p => !string.IsNullOrWhiteSpace(p))),
        row.Unit ?? "",
        row.Category,
        row.SupersededBy is { } by ? $"{row.De}\n(berichtigt durch Nr. {by})" : row.De,
    ];

    private static string When(DateTimeOffset at) => at.UtcDateTime.ToString("dd.MM.yyyy HH:mm 'UTC'", German);
}
