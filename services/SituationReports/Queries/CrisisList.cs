using System.Collections.Concurrent;
using Krisenstab.SituationReports.Crises;

namespace Krisenstab.SituationReports.Queries;

/// <summary>
/// The list of crises, folded from the module's own events by a subscription. Kept in memory and rebuilt from
/// the start of the store when the process starts, so it needs no schema of its own.
/// </summary>
public sealed class CrisisList
{
    private readonly ConcurrentDictionary<Guid, Crisis> _crises = new();

    public void Apply(object @event)
    {
        if (CrisisIdOf(@event) is not { } id)
        {
            return;
        }
        var before = _crises.GetValueOrDefault(id);
        if (Crisis.Apply(before, @event) is { } after)
        {
            _crises[id] = after;
        }
    }

    public IReadOnlyList<CrisisView> All() =>
        [.. _crises.Values.OrderByDescending(c => c.OpenedAt).ThenBy(c => c.Id).Select(CrisisView.From)];

    private static Guid? CrisisIdOf(object @event) => @event switch
    {
        Contracts.Situation.CrisisOpened opened => opened.CrisisId,
        Contracts.Situation.CrisisClosed closed => closed.CrisisId,
        _ => null,
    };
}
