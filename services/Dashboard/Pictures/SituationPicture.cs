using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Pictures;

/// <summary>
/// The situation picture of one crisis, folded from its journal. Each service's figures are a section of their
/// own (today the crisis itself); a new section (accommodation: free places per facility and town, reserved)
/// is a new property plus the cases of its events in <see cref="Apply"/>.
/// </summary>
public sealed record SituationPicture(
    Guid CrisisId,
    string? Name,
    string? Region,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedReason,
    DateTimeOffset? LastUpdate,
    long JournalLength)
{
    public CrisisPhase Status => ClosedAt is not null ? CrisisPhase.Closed : OpenedAt is not null ? CrisisPhase.Open : CrisisPhase.Unknown;

    public static SituationPicture Empty(Guid crisisId) => new(crisisId, null, null, null, null, null, null, 0);

    public static SituationPicture Apply(SituationPicture picture, JournalEntry entry)
    {
        var counted = picture with
        {
            JournalLength = picture.JournalLength + 1,
            LastUpdate = Later(picture.LastUpdate, entry.Metadata.OccurredAt),
        };
        return entry.Event switch
        {
            CrisisOpened opened => counted with { Name = opened.Name, Region = opened.Region, OpenedAt = opened.OpenedAt },
            CrisisClosed closed => counted with { ClosedAt = closed.ClosedAt, ClosedReason = closed.Reason },
            _ => counted,
        };
    }

    public static SituationPicture Fold(Guid crisisId, IEnumerable<JournalEntry> journal) => journal.Aggregate(Empty(crisisId), Apply);

    private static DateTimeOffset Later(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } known && known > candidate ? known : candidate;
}
