namespace Krisenstab.Contracts.Communication;

/// <summary>A version not yet submitted (or rejected) got new texts; it is a draft again and needs approval anew.</summary>
[EventName("communication.message-revised.v1")]
public sealed record MessageRevised(Guid MessageId, int Version, IReadOnlyList<MessageText> Texts, DateTimeOffset? ValidUntil, string RevisedBy, DateTimeOffset RevisedAt);
