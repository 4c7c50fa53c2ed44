using System.Globalization;
using Krisenstab.Contracts.Logbook;
using Krisenstab.Documents;

namespace Krisenstab.Logbook.MessageLog;

/// <summary>
/// The message log as a PDF record: a title page with the crisis and the period of its messages, then every message in
/// a table (number, time, direction and channel, priority, sender and recipient, content, routing and acknowledgement),
/// each text in its own script and direction. The senders and recipients are opened from the vault, as for the CSV.
/// </summary>
public static class MessageLogPdf
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static byte[] Render(Guid crisisId, IReadOnlyList<LoggedMessageView> messages, DocumentFonts fonts)
    {
        var period = messages.Count == 0 ? null : $"{When(messages.Min(m => m.At))} – {When(messages.Max(m => m.At))}";
        var record = new RecordDocument(
            "Ein- und Ausgangsnachweisung",
            [$"Krise {crisisId}", $"{messages.Count} Nachrichten"],
            period,
            null,
            [
                new RecordSection("Nachrichten",
                [
                    new RecordTable(
                        [new RecordColumn("Nr."), new RecordColumn("Zeit", 2), new RecordColumn("Weg", 2), new RecordColumn("Vorrang"),
                         new RecordColumn("Absender / Empfänger", 3), new RecordColumn("Inhalt", 5), new RecordColumn("Stelle / Kenntnis", 3)],
                        [.. messages.Select(Row)]),
                ]),
            ]);
        return RecordPdf.Render(record, fonts);
    }

    private static IReadOnlyList<string> Row(LoggedMessageView m) =>
    [
        m.Number.ToString(CultureInfo.InvariantCulture),
        When(m.At),
        $"{(m.Direction == MessageLogDirection.Incoming ? "Eingang" : "Ausgang")}\n{Channel(m.Channel)}",
        Priority(m.Priority),
        $"{m.Sender}\n→ {m.Recipient}",
        m.Content,
        string.Join("\n", new[] { m.Function, m.AcknowledgedBy is { } by ? $"zur Kenntnis: {by}, {When(m.AcknowledgedAt!.Value)}" : null }.Where(p => p is not null)),
    ];

    private static string Channel(MessageLogChannel channel) => channel switch
    {
        MessageLogChannel.Phone => "Telefon",
        MessageLogChannel.Email => "E-Mail",
        MessageLogChannel.Radio => "Funk",
        _ => "Papier",
    };

    private static string Priority(MessagePriority priority) => priority switch
    {
        MessagePriority.Blitz => "Blitz",
        MessagePriority.Sofort => "sofort",
        _ => "einfach",
    };

    private static string When(DateTimeOffset at) => at.UtcDateTime.ToString("dd.MM.yyyy HH:mm 'UTC'", German);
}
