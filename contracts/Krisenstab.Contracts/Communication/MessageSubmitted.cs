namespace Krisenstab.Contracts.Communication;

/// <summary>A version was handed in for approval (Freigabe).</summary>
[EventName("communication.message-submitted.v1")]
public sealed record MessageSubmitted(Guid MessageId, Guid CrisisId, int Version, string SubmittedBy, DateTimeOffset SubmittedAt);
