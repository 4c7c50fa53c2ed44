namespace Krisenstab.Contracts.Communication;

/// <summary>The approver sent the version back with a reason; it can be revised and submitted again.</summary>
[EventName("communication.message-rejected.v1")]
public sealed record MessageRejected(Guid MessageId, int Version, string RejectedBy, string Reason, DateTimeOffset RejectedAt);
