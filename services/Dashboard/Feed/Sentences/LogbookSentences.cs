using Krisenstab.Contracts.Logbook;

namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>
/// The sentences of the logbook's events; null for any other event. The feed names entries and messages by number,
/// category, function and priority — never a keeper's or a sender's name, and not the text (the staff log shows it to
/// those who may read it).
/// </summary>
public static class LogbookSentences
{
    public static Sentence? Of(object @event) => @event switch
    {
        StaffLogEntryWritten e => Entry(e.Number, $"{Category(e.Category).De} ({e.Unit}) eingetragen", $"{Category(e.Category).En} ({e.Unit}) entered"),
        StaffLogEntryCorrected e => Entry(e.Number, $"berichtigt Nr. {e.SupersededNumber}", $"corrects no. {e.SupersededNumber}"),
        StaffLogKeeperHandedOver e => Entry(e.Number, $"Tagebuchführung übernommen ({e.Function})", $"log keeper took over ({e.Function})"),
        StaffLogClosed e => Entry(e.Number, $"abgeschlossen nach {e.Entries} Einträgen", $"closed after {e.Entries} entries"),
        StaffLogCountersigned e => Entry(e.Number, "von der Leitung gegengezeichnet", "countersigned by the head of staff"),
        MessageLogged e => Logged(e),
        MessageRouted e => new($"{Message(e.Number, e.Priority).De} an {e.Function} geleitet", $"{Message(e.Number, e.Priority).En} routed to {e.Function}"),
        MessageAcknowledged e => new($"{Message(e.Number, e.Priority).De} bestätigt", $"{Message(e.Number, e.Priority).En} acknowledged"),
        _ => null,
    };

    /// <summary>A staff-log category in words; <c>null</c> is an automatic entry (another service's event).</summary>
    public static Sentence Category(StaffLogCategory? category) => category switch
    {
        StaffLogCategory.SituationReport => new("Lagemeldung", "situation report"),
        StaffLogCategory.Message => new("Meldung", "message"),
        StaffLogCategory.Request => new("Anforderung", "request"),
        StaffLogCategory.Decision => new("Entscheidung", "decision"),
        StaffLogCategory.Finding => new("Feststellung", "finding"),
        StaffLogCategory.Order => new("Auftrag", "order"),
        StaffLogCategory.Assessment => new("Beurteilung", "assessment"),
        StaffLogCategory.Correction => new("Berichtigung", "correction"),
        StaffLogCategory.Handover => new("Übergabe", "handover"),
        StaffLogCategory.Closing => new("Abschluss", "closing"),
        _ => new("automatisch", "automatic"),
    };

    public static Sentence Channel(MessageLogChannel channel) => channel switch
    {
        MessageLogChannel.Phone => new("Telefon", "phone"),
        MessageLogChannel.Email => new("E-Mail", "e-mail"),
        MessageLogChannel.Radio => new("Funk", "radio"),
        _ => new("Papier", "paper"),
    };

    private static Sentence Logged(MessageLogged e)
    {
        var channel = Channel(e.Channel);
        var (de, en) = e.Direction == MessageLogDirection.Incoming ? ("Eingang", "incoming") : ("Ausgang", "outgoing");
        var message = Message(e.Number, e.Priority);
        return new($"{message.De}: {de} per {channel.De}", $"{message.En}: {en} by {channel.En}");
    }

    /// <summary>"Nachricht Nr. 7 (BLITZ)": the message log's running number with its priority.</summary>
    private static Sentence Message(int number, MessagePriority priority)
    {
        var (de, en) = priority switch
        {
            MessagePriority.Blitz => ("BLITZ", "FLASH"),
            MessagePriority.Sofort => ("sofort", "immediate"),
            _ => ("einfach", "routine"),
        };
        return new($"Nachricht Nr. {number} ({de})", $"Message no. {number} ({en})");
    }

    private static Sentence Entry(int number, string german, string english) =>
        new($"Einsatztagebuch Nr. {number}: {german}", $"Staff log no. {number}: {english}");
}
