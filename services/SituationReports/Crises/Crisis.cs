using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Crises;

/// <summary>A crisis as its own stream tells it. Null before it was opened.</summary>
public sealed record Crisis(
    Guid Id,
    string Name,
    string Region,
    CrisisStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt)
{
    public static Crisis? Apply(Crisis? state, object @event) => @event switch
    {
        CrisisOpened opened => new Crisis(opened.CrisisId, opened.Name, opened.Region, CrisisStatus.Open, opened.OpenedAt, null),
        CrisisClosed closed when state is not null => state with { Status = CrisisStatus.Closed, ClosedAt = closed.ClosedAt },
        _ => state,
    };

    public static Crisis? Fold(IEnumerable<object> events) => events.Aggregate((Crisis?)null, Apply);
}
