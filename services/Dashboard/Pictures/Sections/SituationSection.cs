using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.Contracts.Situation;
using Krisenstab.Contracts.Tasking;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures.Sections.Situation;

namespace Krisenstab.Dashboard.Pictures.Sections;

/// <summary>
/// The picture's section of the situation service (services/SituationReports): announced / arrived / placed for the
/// crisis and per announcement, the
/// calendar of announced days, the latest report per sector, incident counts (never a text), the next meeting and
/// the open decisions, the latest Lagemeldung; folded from the crisis journal. The fold keeps its rows in the
/// <see cref="JsonIgnoreAttribute"/> properties and derives what is shown once per entry.
/// </summary>
public sealed record SituationSection
{
    public static SituationSection Empty { get; } = new();

    /// <summary>People announced by the announcements that stand (a cancelled one counts nothing).</summary>
    public int Announced { get; init; }

    /// <summary>People arrived against the crisis's announcements.</summary>
    public int Arrived { get; init; }

    /// <summary>People placed for the crisis: households placed with its id (transfers are no new placement; a move-out does not lower it).</summary>
    public int Placed { get; init; }

    /// <summary>Every announcement (cancelled ones marked) in date order: announced, arrived, placed from the reservations that name it.</summary>
    public IReadOnlyList<AnnouncementFigures> Announcements { get; init; } = [];

    /// <summary>Every day with an announcement that stands, in date order; the reader shows the seven from its today.</summary>
    public IReadOnlyList<AllocationDay> Days { get; init; } = [];

    /// <summary>Per sector that has a report: its latest standing report, in the sectors' order.</summary>
    public IReadOnlyList<SectorStatus> Sectors { get; init; } = [];

    public IncidentCounts Incidents { get; init; } = IncidentCounts.None;

    /// <summary>The earliest meeting that is not over; null when none is set.</summary>
    public MeetingView? NextMeeting { get; init; }

    /// <summary>Decisions whose requested task is not yet reported done or cancelled, oldest first.</summary>
    public IReadOnlyList<OpenDecision> OpenDecisions { get; init; } = [];

    public ConsolidatedReportStatus? LatestReport { get; init; }

    [JsonIgnore]
    public ImmutableDictionary<Guid, AllocationRow> Allocations { get; init; } = ImmutableDictionary<Guid, AllocationRow>.Empty;

    [JsonIgnore]
    public AnnouncementPlacements Placements { get; init; } = AnnouncementPlacements.None;

    [JsonIgnore]
    public ImmutableDictionary<Guid, SectorReportFiled> Reports { get; init; } = ImmutableDictionary<Guid, SectorReportFiled>.Empty;

    [JsonIgnore]
    public ImmutableHashSet<Guid> CorrectedReports { get; init; } = [];

    [JsonIgnore]
    public ImmutableDictionary<Guid, IncidentRow> IncidentRows { get; init; } = ImmutableDictionary<Guid, IncidentRow>.Empty;

    [JsonIgnore]
    public ImmutableDictionary<Guid, MeetingView> Meetings { get; init; } = ImmutableDictionary<Guid, MeetingView>.Empty;

    [JsonIgnore]
    public ImmutableDictionary<Guid, OpenDecision> Decisions { get; init; } = ImmutableDictionary<Guid, OpenDecision>.Empty;

    /// <summary>The section after <paramref name="entry"/>: itself when the entry is none of its events.</summary>
    public SituationSection Apply(JournalEntry entry) => entry.Event switch
    {
        IAllocationEvent e => WithAllocations(Allocations.SetItem(e.AnnouncementId, AllocationRow.After(Allocations.GetValueOrDefault(e.AnnouncementId), e)), Placements),
        PlacesReserved { AnnouncementId: not null } e => WithAllocations(Allocations, Placements.Reserved(e)),
        HouseholdPlaced { TransferredFromFacilityId: null } e => (this with { Placed = Placed + e.Size }).WithAllocations(Allocations, Placements.Placed(e)),
        SectorReportFiled e => WithReports(Reports.SetItem(e.ReportId, e), e.Corrects is { } corrected ? CorrectedReports.Add(corrected) : CorrectedReports),
        IIncidentEvent e => WithIncidents(IncidentRows.SetItem(e.IncidentId, IncidentRow.After(e))),
        MeetingScheduled e => WithMeetings(Meetings.SetItem(e.MeetingId, MeetingView.Of(e) with { Closed = Meetings.GetValueOrDefault(e.MeetingId)?.Closed ?? false })),
        MeetingClosed e => Meetings.GetValueOrDefault(e.MeetingId) is { } closed ? WithMeetings(Meetings.SetItem(e.MeetingId, closed with { Closed = true })) : this,
        DecisionRecorded { Task: { } task } e => WithDecisions(Decisions.SetItem(e.DecisionId, new OpenDecision(
            e.DecisionId, e.MeetingId, e.Text, task.Title, task.ResponsibleUnit, task.ResponsibleUnitName, task.DueAt, e.RecordedAt))),
        TaskIssued { Links.DecisionId: { } decisionId } e when Decisions.GetValueOrDefault(decisionId) is { } decision =>
            WithDecisions(Decisions.SetItem(decisionId, decision with { TaskId = e.TaskId })),
        TaskCompleted e => WithoutTask(e.TaskId),
        TaskCancelled e => WithoutTask(e.TaskId),
        ConsolidatedReportDrafted e => this with { LatestReport = new(e.ReportId, ConsolidatedReportStage.Draft, null, null, e.DraftedAt) },
        ConsolidatedReportReleased e => WithReportStage(e.ReportId, ConsolidatedReportStage.Released, null, null, e.ReleasedAt),
        ConsolidatedReportSent e => WithReportStage(e.ReportId, ConsolidatedReportStage.Sent, e.Number, e.Recipient, e.SentAt),
        _ => this,
    };

    private SituationSection WithAllocations(ImmutableDictionary<Guid, AllocationRow> rows, AnnouncementPlacements placements)
    {
        var standing = rows.Values.Where(r => !r.Cancelled).ToList();
        return this with
        {
            Allocations = rows,
            Placements = placements,
            Announcements = [.. rows.OrderBy(r => r.Value.ExpectedOn).ThenBy(r => r.Key)
                .Select(r => new AnnouncementFigures(r.Key, r.Value.ExpectedOn, r.Value.Origin, r.Value.Announced, r.Value.Arrived, placements.For(r.Key), r.Value.Cancelled))],
            Announced = standing.Sum(r => r.Announced),
            Arrived = rows.Values.Sum(r => r.Arrived),
            Days = [.. standing.GroupBy(r => r.ExpectedOn).OrderBy(g => g.Key).Select(g => new AllocationDay(g.Key, g.Sum(r => r.Announced), g.Sum(r => r.Arrived), g.Count()))],
        };
    }

    private SituationSection WithReports(ImmutableDictionary<Guid, SectorReportFiled> reports, ImmutableHashSet<Guid> corrected) => this with
    {
        Reports = reports,
        CorrectedReports = corrected,
        Sectors = [.. reports.Values
            .Where(r => !corrected.Contains(r.ReportId))
            .GroupBy(r => r.Sector)
            .OrderBy(g => g.Key)
            .Select(g => SectorStatus.Of(g.OrderByDescending(r => r.AsOf).ThenByDescending(r => r.FiledAt).First()))],
    };

    private SituationSection WithIncidents(ImmutableDictionary<Guid, IncidentRow> rows) => this with { IncidentRows = rows, Incidents = IncidentCounts.Of(rows) };

    private SituationSection WithMeetings(ImmutableDictionary<Guid, MeetingView> meetings) => this with
    {
        Meetings = meetings,
        NextMeeting = meetings.Values.Where(m => !m.Closed).OrderBy(m => m.StartsAt).FirstOrDefault(),
    };

    private SituationSection WithDecisions(ImmutableDictionary<Guid, OpenDecision> decisions) => this with
    {
        Decisions = decisions,
        OpenDecisions = [.. decisions.Values.OrderBy(d => d.RecordedAt).ThenBy(d => d.DecisionId)],
    };

    private SituationSection WithoutTask(Guid taskId) =>
        Decisions.Values.FirstOrDefault(d => d.TaskId == taskId) is { } done ? WithDecisions(Decisions.Remove(done.DecisionId)) : this;

    private SituationSection WithReportStage(Guid reportId, ConsolidatedReportStage stage, int? number, string? recipient, DateTimeOffset at) =>
        this with { LatestReport = LatestReport is { } latest && latest.ReportId != reportId && latest.At > at ? latest : new(reportId, stage, number, recipient, at) };
}
