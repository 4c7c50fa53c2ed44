using Krisenstab.Contracts.Communication;

namespace Krisenstab.Dashboard.Pictures.Sections.Communication;

/// <summary>A version handed in for approval. <see cref="Title"/> is the German one (German is required); null until the draft arrived.</summary>
public sealed record PendingMessage(
    Guid MessageId, int Version, Audience? Audience, string? Title, IReadOnlyList<string> Languages, bool IsCorrection, DateTimeOffset SubmittedAt);

/// <summary>The version out there, with its German title, and its retraction when it was withdrawn.</summary>
public sealed record PublishedMessage(
    Guid MessageId, int Version, Audience Audience, string Title, IReadOnlyList<string> Languages, IReadOnlyList<MessageChannel> Channels,
    bool IsCorrection, DateTimeOffset PublishedAt, string? RetractionReason, DateTimeOffset? RetractedAt);

/// <summary>
/// A delivery the channel refused, still to be retried: the webhook by its configured name, an e-mail recipient only
/// as such (its id, never the address), the cause without personal data.
/// </summary>
public sealed record FailedDelivery(
    Guid MessageId, int Version, string? Title, MessageChannel Channel, string Target, int Attempt, string Error,
    DateTimeOffset AttemptedAt, DateTimeOffset NextAttemptAt);
