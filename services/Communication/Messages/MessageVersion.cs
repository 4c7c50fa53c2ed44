using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Messages;

/// <summary>One version of a message: its texts, who wrote it, and how far it got.</summary>
public sealed record MessageVersion(
    int Number,
    IReadOnlyList<MessageText> Texts,
    DateTimeOffset? ValidUntil,
    string AuthorId,
    DateTimeOffset DraftedAt,
    VersionStatus Status,
    string? CorrectionNote = null,
    DateTimeOffset? PublishedAt = null)
{
    public bool IsCorrection => CorrectionNote is not null;
}
