using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Krisenstab.Contracts.Logbook;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Pictures.Sections;

/// <summary>
/// The picture's section of the logbook (services/Logbook): the staff log's keeper and whether it is closed, and every
/// Blitz message not yet acknowledged, so that it is unmissable on the page and the wall screen until someone
/// acknowledges it. Senders, recipients and contents stay out (the picture goes to every role).
/// </summary>
public sealed record LogbookSection
{
    public static LogbookSection Empty { get; } = new();

    /// <summary>The function of the staff log's keeper now (no name); null before anyone kept it.</summary>
    public string? KeeperFunction { get; init; }

    public bool LogClosed { get; init; }

    public bool LogCountersigned { get; init; }

    /// <summary>How many messages the message log holds.</summary>
    public int Messages { get; init; }

    /// <summary>Blitz messages nobody acknowledged yet, oldest first.</summary>
    public IReadOnlyList<BlitzMessage> UnacknowledgedBlitz => [.. Blitz.Values.Where(m => m.Priority == MessagePriority.Blitz && !m.Acknowledged).OrderBy(m => m.Number)];

    [JsonIgnore]
    public ImmutableDictionary<Guid, BlitzMessage> Blitz { get; init; } = ImmutableDictionary<Guid, BlitzMessage>.Empty;

    /// <summary>
    /// The section after <paramref name="entry"/>. The bus promises no order, so an acknowledgement that arrives before
    /// its message is kept and the message arrives acknowledged.
    /// </summary>
    public LogbookSection Apply(JournalEntry entry) => entry.Event switch
    {
        StaffLogKeeperHandedOver e => this with { KeeperFunction = e.Function },
        StaffLogClosed => this with { LogClosed = true },
        StaffLogCountersigned => this with { LogClosed = true, LogCountersigned = true },
        MessageLogged e => Track(e.MessageId, e.Number, e.Priority, m => m with { Direction = e.Direction, Channel = e.Channel, At = e.At }) with
        {
            Messages = Messages + 1,
        },
        MessageRouted e => Track(e.MessageId, e.Number, e.Priority, m => m with { Function = e.Function }),
        MessageAcknowledged e => Track(e.MessageId, e.Number, e.Priority, m => m with { Acknowledged = true }),
        _ => this,
    };

    /// <summary>Only Blitz messages are tracked: the others never show in the picture.</summary>
    private LogbookSection Track(Guid messageId, int number, MessagePriority priority, Func<BlitzMessage, BlitzMessage> change) =>
        priority != MessagePriority.Blitz ? this : this with { Blitz = Blitz.SetItem(messageId, change(Blitz.GetValueOrDefault(messageId) ?? new BlitzMessage(messageId, number, priority))) };
}

/// <summary>A Blitz message as the picture tracks it; the section shows those not acknowledged.</summary>
public sealed record BlitzMessage(Guid MessageId, int Number, MessagePriority Priority)
{
    public MessageLogDirection Direction { get; init; }

    public MessageLogChannel Channel { get; init; }

    public DateTimeOffset? At { get; init; }

    public string? Function { get; init; }

    [JsonIgnore]
    public bool Acknowledged { get; init; }
}
