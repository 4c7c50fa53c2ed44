namespace Krisenstab.Contracts.Communication;

/// <summary>A second person (press or head, never the version's author) approved the version.</summary>
[EventName("communication.message-approved.v1")]
public sealed record MessageApproved(Guid MessageId, int Version, string ApprovedBy, string ApproverRole, DateTimeOffset ApprovedAt);
