namespace Krisenstab.Contracts.Communication;

/// <summary>An address left its audience's recipient list.</summary>
[EventName("communication.recipient-removed.v1")]
public sealed record RecipientRemoved(Guid RecipientId, Audience Audience, DateTimeOffset RemovedAt);
