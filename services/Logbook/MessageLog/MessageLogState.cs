using System.Collections.Immutable;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Logbook;

namespace Krisenstab.Logbook.MessageLog;

/// <summary>
/// A crisis's message log as its stream (<c>messagelog-{crisisId}</c>) tells it: every message by its running number,
/// where it was routed and who acknowledged it. Immutable; <see cref="Apply"/> folds one event.
/// </summary>
public sealed record MessageLogState
{
    public static MessageLogState None { get; } = new();

    public Guid CrisisId { get; init; }

    /// <summary>Every message in order of its number (the first is number 1).</summary>
    public ImmutableList<LoggedMessage> Messages { get; init; } = [];

    public int NextNumber => Messages.Count + 1;

    public LoggedMessage? Find(Guid messageId) => Messages.Find(m => m.Id == messageId);

    public MessageLogState Apply(object @event) => @event switch
    {
        MessageLogged e => this with { CrisisId = e.CrisisId, Messages = Messages.Add(LoggedMessage.Of(e)) },
        MessageRouted e => Change(e.MessageId, m => m with { Function = e.Function, RoutedAt = e.RoutedAt }),
        MessageAcknowledged e => Change(e.MessageId, m => m with { AcknowledgedBy = e.AcknowledgedBy, AcknowledgedAt = e.AcknowledgedAt }),
        _ => this,
    };

    private MessageLogState Change(Guid messageId, Func<LoggedMessage, LoggedMessage> change) =>
        Messages.FindIndex(m => m.Id == messageId) is var i and >= 0 ? this with { Messages = Messages.SetItem(i, change(Messages[i])) } : this;
}

/// <summary>One message of the log; sender and recipient stay sealed until an answer reveals them.</summary>
public sealed record LoggedMessage(
    Guid Id,
    int Number,
    MessageLogDirection Direction,
    MessageLogChannel Channel,
    MessagePriority Priority,
    DateTimeOffset At,
    PersonalText Sender,
    PersonalText Recipient,
    string Content,
    DateTimeOffset LoggedAt,
    string? Function = null,
    DateTimeOffset? RoutedAt = null,
    string? AcknowledgedBy = null,
    DateTimeOffset? AcknowledgedAt = null)
{
    public static LoggedMessage Of(MessageLogged e) =>
        new(e.MessageId, e.Number, e.Direction, e.Channel, e.Priority, e.At, e.Sender, e.Recipient, e.Content, e.LoggedAt);
}
