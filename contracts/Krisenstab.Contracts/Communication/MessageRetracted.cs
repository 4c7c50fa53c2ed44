namespace Krisenstab.Contracts.Communication;

/// <summary>A published message was withdrawn with a reason; the feeds keep it, marked as retracted.</summary>
[EventName("communication.message-retracted.v1")]
public sealed record MessageRetracted(Guid MessageId, Guid CrisisId, int Version, string Reason, string RetractedBy, DateTimeOffset RetractedAt);
