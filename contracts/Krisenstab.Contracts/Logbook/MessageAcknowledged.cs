namespace Krisenstab.Contracts.Logbook;

/// <summary>Message <see cref="Number"/> was acknowledged by <see cref="AcknowledgedBy"/> (a sign-in name), once.</summary>
[EventName("logbook.message-acknowledged.v1")]
public sealed record MessageAcknowledged(
    Guid CrisisId,
    Guid MessageId,
    int Number,
    MessagePriority Priority,
    string? Function,
    string AcknowledgedBy,
    DateTimeOffset AcknowledgedAt) : ILogbookEvent;
