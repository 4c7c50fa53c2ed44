namespace Krisenstab.Contracts.Communication;

/// <summary>
/// A correction of a published message: a new version, marked as a correction with a note saying what changed. Until it
/// is approved and published the earlier version stays out there; afterwards the earlier one stays readable.
/// </summary>
[EventName("communication.correction-drafted.v1")]
public sealed record CorrectionDrafted(
    Guid MessageId,
    int Version,
    IReadOnlyList<MessageText> Texts,
    DateTimeOffset? ValidUntil,
    string Note,
    string AuthorId,
    DateTimeOffset DraftedAt);
