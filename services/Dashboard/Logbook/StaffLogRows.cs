using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Logbook;
using Krisenstab.Contracts.Tasking;
using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Feed.Sentences;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Logbook;

/// <summary>
/// The crisis journal read as the staff log: every entry a numbered line. The keeper's entries carry their own times,
/// unit, function and text; the message log's entries the message's time and content; every other service's event is
/// an automatic line in the feed's words, at the unit (staff function) that service stands for. For an automatic line
/// the time of entry is the event's time: the dashboard journals it as it happens.
/// </summary>
public static class StaffLogRows
{
    public const string Automatic = "automatic";

    /// <summary>The staff function each service stands for, by the prefix of its events' wire names.</summary>
    private static readonly (string Prefix, string Unit)[] Units =
    [
        ("situation.crisis-", "LdS"), ("situation.", "S2"), ("staffing.", "S1"), ("accommodation.", "S4"), ("communication.", "S5"), ("logbook.message-", "S6"),
    ];

    public static IReadOnlyList<StaffLogRow> Of(IReadOnlyList<JournalEntry> journal)
    {
        var numberOfEntry = new Dictionary<Guid, int>();
        var rows = new List<StaffLogRow>(journal.Count);
        foreach (var entry in journal)
        {
            var row = Row(rows.Count + 1, entry, numberOfEntry);
            if (entry.Event is StaffLogEntryWritten written)
            {
                numberOfEntry[written.EntryId] = row.Number;
            }
            else if (entry.Event is StaffLogEntryCorrected corrected)
            {
                numberOfEntry[corrected.EntryId] = row.Number;
                if (row.Supersedes is { } superseded)
                {
                    rows[superseded - 1] = rows[superseded - 1] with { SupersededBy = row.Number };
                }
            }
            rows.Add(row);
        }
        return rows;
    }

    private static StaffLogRow Row(int number, JournalEntry entry, Dictionary<Guid, int> numberOfEntry)
    {
        var m = entry.Metadata;
        var automatic = FeedSentences.Of(entry.Event, entry.EventType);
        var row = new StaffLogRow(
            number, m.OccurredAt, m.OccurredAt, m.ActorId, m.ActorRole, null, UnitOf(entry), Automatic, automatic.De, automatic.En, entry.EventId, entry.EventType);
        return entry.Event switch
        {
            StaffLogEntryWritten e => row with
            {
                OccurredAt = e.OccurredAt, EnteredAt = e.WrittenAt, Function = e.Function, Unit = e.Unit, Category = Wire(e.Category), De = e.Text, En = e.Text, LogNumber = e.Number,
            },
            StaffLogEntryCorrected e => Correction(row, e, numberOfEntry.TryGetValue(e.SupersededEntryId, out var superseded) ? superseded : null),
            StaffLogKeeperHandedOver e => Keeping(row, StaffLogCategory.Handover, e.Function, e.PreviousKeeper is { } previous
                ? new($"Tagebuchführung von {previous} an {e.Keeper} ({e.Function}) übergeben", $"Log keeping handed over from {previous} to {e.Keeper} ({e.Function})")
                : new($"Tagebuchführung von {e.Keeper} ({e.Function}) übernommen", $"Log keeping taken up by {e.Keeper} ({e.Function})")),
            StaffLogClosed e => Keeping(row, StaffLogCategory.Closing, e.Function,
                new($"Einsatztagebuch von {e.Keeper} abgeschlossen ({e.Entries} Einträge)", $"Staff log closed by {e.Keeper} ({e.Entries} entries)")),
            StaffLogCountersigned e => Keeping(row, StaffLogCategory.Closing, "Leitung des Stabes",
                new($"Einsatztagebuch von {e.HeadOfStaff} gegengezeichnet (abgeschlossen von {e.ClosedBy})", $"Staff log countersigned by {e.HeadOfStaff} (closed by {e.ClosedBy})")),
            MessageLogged e => row with
            {
                OccurredAt = e.At, EnteredAt = e.LoggedAt, Category = Wire(StaffLogCategory.Message), De = $"{row.De}: {e.Content}", En = $"{row.En}: {e.Content}",
            },
            ILogbookEvent => row with { Category = Wire(StaffLogCategory.Message) },
            _ => row,
        };
    }

    private static StaffLogRow Correction(StaffLogRow row, StaffLogEntryCorrected e, int? superseded)
    {
        var (de, en) = superseded is { } n ? ($"Berichtigt Nr. {n}: ", $"Corrects no. {n}: ") : ("", "");
        return row with
        {
            OccurredAt = e.OccurredAt, EnteredAt = e.WrittenAt, Function = e.Function, Unit = e.Unit, Category = Wire(StaffLogCategory.Correction),
            De = de + e.Text, En = en + e.Text, Supersedes = superseded, LogNumber = e.Number,
        };
    }

    private static StaffLogRow Keeping(StaffLogRow row, StaffLogCategory category, string function, Sentence text) =>
        row with { Category = Wire(category), Function = function, Unit = "LdS", De = text.De, En = text.En };

    private static string? UnitOf(JournalEntry entry) =>
        entry.Event is ITaskEvent task ? task.Unit : Units.FirstOrDefault(u => entry.EventType.StartsWith(u.Prefix, StringComparison.Ordinal)).Unit;

    public static string Wire(StaffLogCategory category) => JsonSerializer.Serialize(category, ContractJson.Options).Trim('"');
}
