namespace Krisenstab.Contracts.Logbook;

/// <summary>
/// A message entered into the crisis's message log (Ein- und Ausgangsnachweisung) with its running number: received
/// or sent at <see cref="At"/>, by whom and to whom (sealed: they name people), its priority and content. The one who
/// logged it is the event's actor.
/// </summary>
[EventName("logbook.message-logged.v1")]
public sealed record MessageLogged(
    Guid CrisisId,
    Guid MessageId,
    int Number,
    MessageLogDirection Direction,
    MessageLogChannel Channel,
    MessagePriority Priority,
    DateTimeOffset At,
    PersonalText Sender,
    PersonalText Recipient,
    string Content,
    DateTimeOffset LoggedAt) : ILogbookEvent;
