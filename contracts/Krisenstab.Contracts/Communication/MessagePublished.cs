namespace Krisenstab.Contracts.Communication;

/// <summary>
/// An approved version went out: into the feeds of its audience (when the feed is a channel) and to every delivery
/// target, each of which reports its own outcome (<see cref="DeliverySucceeded"/>, <see cref="DeliveryFailed"/>).
/// Carries the texts so that feeds and the picture need nothing else.
/// </summary>
[EventName("communication.message-published.v1")]
public sealed record MessagePublished(
    Guid MessageId,
    Guid CrisisId,
    int Version,
    Audience Audience,
    IReadOnlyList<MessageChannel> Channels,
    IReadOnlyList<MessageText> Texts,
    DateTimeOffset? ValidUntil,
    bool IsCorrection,
    string? CorrectionNote,
    IReadOnlyList<DeliveryTarget> Targets,
    string PublishedBy,
    DateTimeOffset PublishedAt);
