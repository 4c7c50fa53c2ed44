using System.Globalization;
using CsvHelper;

namespace Krisenstab.Dashboard.Logbook;

/// <summary>The staff log as RFC 4180 CSV with a header, one row per line, the text in German; formula-like cells are escaped.</summary>
public static class StaffLogCsv
{
    private static readonly string[] Header =
        ["number", "occurredAt", "enteredAt", "author", "role", "function", "unit", "category", "text", "supersedes", "supersededBy", "eventType"];

    public static string Of(IEnumerable<StaffLogRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // The keeper's texts come from people: a cell beginning with = + - @ is escaped, so a spreadsheet never runs it.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteHeader(Header);
            foreach (var row in rows)
            {
                csv.WriteRecord([
                    Number(row.Number), Time(row.OccurredAt), Time(row.EnteredAt), row.Author ?? "", row.Role ?? "", row.Function ?? "", row.Unit ?? "",
                    row.Category, row.De, row.Supersedes is { } s ? Number(s) : "", row.SupersededBy is { } by ? Number(by) : "", row.EventType]);
            }
            csv.Flush();
        }
        return text.ToString();
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
