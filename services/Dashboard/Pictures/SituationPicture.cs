using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures.Sections;

namespace Krisenstab.Dashboard.Pictures;

/// <summary>
/// The situation picture of one crisis, folded from its journal. Each service's figures are a section of their
/// own: the crisis itself from its journal; <see cref="Accommodation"/>, district-wide, from the accommodation
/// journal (set by whoever hands the picture out). Each other service's figures are a section record of their own in
/// <c>Sections/</c>, folded from the crisis journal by its own <c>Apply</c>; a new one is a property here plus one line in
/// <see cref="Apply"/>.
/// </summary>
public sealed record SituationPicture(
    Guid CrisisId,
    string? Name,
    string? Region,
    int Level,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedReason,
    DateTimeOffset? LastUpdate,
    long JournalLength)
{
    /// <summary>
    /// The picture's version: +1 per crisis-journal entry folded, one by one, so it equals <see cref="JournalLength"/>.
    /// A reader that knows version n and sees n + 2 missed a change.
    /// </summary>
    public long Version => JournalLength;

    /// <summary>Free, reserved and used places per facility, per town and for the district (not tied to one crisis).</summary>
    public AccommodationBoard? Accommodation { get; init; }

    /// <summary>The latest lines of the crisis's feed, newest first (see <see cref="CrisisFeed"/>).</summary>
    public IReadOnlyList<FeedLine> Feed { get; init; } = [];

    public SituationSection Situation { get; init; } = SituationSection.Empty;

    public StaffingSection Staffing { get; init; } = StaffingSection.Empty;

    public TaskSection Tasks { get; init; } = TaskSection.Empty;

    public CommunicationSection Communication { get; init; } = CommunicationSection.Empty;

    public LogbookSection Logbook { get; init; } = LogbookSection.Empty;

    public CrisisPhase Status => ClosedAt is not null ? CrisisPhase.Closed : OpenedAt is not null ? CrisisPhase.Open : CrisisPhase.Unknown;

    public static SituationPicture Empty(Guid crisisId) => new(crisisId, null, null, CrisisEscalated.OpeningLevel, null, null, null, null, 0);

    public static SituationPicture Apply(SituationPicture picture, JournalEntry entry)
    {
        var counted = picture with
        {
            JournalLength = picture.JournalLength + 1,
            LastUpdate = Later(picture.LastUpdate, entry.Metadata.OccurredAt),
            Situation = picture.Situation.Apply(entry),
            Staffing = picture.Staffing.Apply(entry),
            Tasks = picture.Tasks.Apply(entry),
            Communication = picture.Communication.Apply(entry),
            Logbook = picture.Logbook.Apply(entry),
        };
        return entry.Event switch
        {
            CrisisOpened opened => counted with { Name = opened.Name, Region = opened.Region, OpenedAt = opened.OpenedAt },
            CrisisEscalated escalated => counted with { Level = Math.Max(picture.Level, escalated.Level) },
            CrisisClosed closed => counted with { ClosedAt = closed.ClosedAt, ClosedReason = closed.Reason },
            _ => counted,
        };
    }

    public static SituationPicture Fold(Guid crisisId, IEnumerable<JournalEntry> journal) => journal.Aggregate(Empty(crisisId), Apply);

    private static DateTimeOffset Later(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } known && known > candidate ? known : candidate;
}
