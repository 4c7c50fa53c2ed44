using System.Collections.Immutable;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Allocations;

/// <summary>
/// An allocation announcement (Zuweisung) as its stream <c>announcement-{id}</c> tells it: the figures as they stand,
/// every earlier version (a change keeps the history), and the arrivals recorded against it.
/// </summary>
public sealed record Announcement
{
    public static Announcement None { get; } = new();

    public Guid Id { get; init; }
    public Guid CrisisId { get; init; }
    public AllocationFigures Figures { get; init; } = AllocationFiguresComparison.Empty;
    public bool IsCancelled { get; init; }
    public string? CancelReason { get; init; }
    public ImmutableList<AnnouncementVersion> History { get; init; } = [];
    public ImmutableList<Arrival> Arrivals { get; init; } = [];

    public bool Exists => Id != Guid.Empty;
    public int Arrived => Arrivals.Sum(a => a.People);

    public Announcement Apply(object @event) => @event switch
    {
        AllocationAnnounced e => new Announcement
        {
            Id = e.AnnouncementId,
            CrisisId = e.CrisisId,
            Figures = e.Figures,
            History = [new AnnouncementVersion(e.AnnouncedAt, e.Figures, null)],
        },
        AllocationChanged e => this with { Figures = e.Figures, History = History.Add(new AnnouncementVersion(e.ChangedAt, e.Figures, e.Reason)) },
        AllocationCancelled e => this with { IsCancelled = true, CancelReason = e.Reason },
        ArrivalRecorded e => this with { Arrivals = Arrivals.Add(new Arrival(e.ArrivalId, e.People, e.Households, e.ArrivedAt)) },
        _ => this,
    };
}

/// <summary>Records holding lists do not compare by value; a change that changes nothing is recognised here.</summary>
public static class AllocationFiguresComparison
{
    public static AllocationFigures Empty { get; } = new(default, null, 0, null, [], "");

    public static bool SameAs(this AllocationFigures figures, AllocationFigures other) =>
        (figures.ExpectedOn, figures.Window, figures.People, figures.Households, figures.Origin) == (other.ExpectedOn, other.Window, other.People, other.Households, other.Origin)
        && figures.Languages.SequenceEqual(other.Languages);
}

/// <summary>One version of the announcement, from <paramref name="At"/> on.</summary>
public sealed record AnnouncementVersion(DateTimeOffset At, AllocationFigures Figures, string? Reason);

public sealed record Arrival(Guid Id, int People, int? Households, DateTimeOffset ArrivedAt);
