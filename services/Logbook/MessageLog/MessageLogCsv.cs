using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Krisenstab.Contracts;

namespace Krisenstab.Logbook.MessageLog;

/// <summary>The message log as RFC 4180 CSV with a header, one row per message; formula-like cells are escaped.</summary>
public static class MessageLogCsv
{
    private static readonly string[] Header =
        ["number", "direction", "channel", "priority", "at", "sender", "recipient", "content", "loggedAt", "function", "acknowledgedBy", "acknowledgedAt"];

    public static string Of(IEnumerable<LoggedMessageView> messages)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Senders and contents come from people: a cell beginning with = + - @ is escaped, so a spreadsheet never runs it.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteHeader(Header);
            foreach (var m in messages)
            {
                csv.WriteRecord([
                    m.Number.ToString(CultureInfo.InvariantCulture), Wire(m.Direction), Wire(m.Channel), Wire(m.Priority), Time(m.At),
                    m.Sender, m.Recipient, m.Content, Time(m.LoggedAt), m.Function ?? "", m.AcknowledgedBy ?? "", m.AcknowledgedAt is { } at ? Time(at) : ""]);
            }
            csv.Flush();
        }
        return text.ToString();
    }

    private static string Wire<T>(T value) => JsonSerializer.Serialize(value, ContractJson.Options).Trim('"');

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
