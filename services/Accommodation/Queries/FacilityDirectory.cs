using System.Collections.Immutable;
using Krisenstab.Accommodation.Facilities;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Queries;

/// <summary>
/// Every facility as its events tell it, and the history of their figures — the read model behind the free-places
/// view, the occupancy timeline, placement suggestions and the expiry sweep. Kept in memory and rebuilt from the start
/// of the store when the process starts (a district has hundreds of facilities, not millions). Folded with the same
/// <see cref="Facility.Apply"/> as the commands, so both sides always agree.
/// </summary>
public sealed class FacilityDirectory
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, Facility> _facilities = ImmutableDictionary<Guid, Facility>.Empty;
    private ImmutableList<OccupancyChange> _history = [];

    public IEnumerable<Facility> Facilities => _facilities.Values;

    public IReadOnlyList<OccupancyChange> History => _history;

    public Facility? Find(Guid facilityId) => _facilities.GetValueOrDefault(facilityId);

    /// <summary>Folds in one event of the module's store; events of other kinds pass by.</summary>
    public void Apply(object @event, DateTimeOffset occurredAt)
    {
        lock (_gate)
        {
            if (@event is not IFacilityEvent change)
            {
                return;
            }
            var before = _facilities.GetValueOrDefault(change.FacilityId) ?? Facility.None;
            _facilities = _facilities.SetItem(change.FacilityId, before.Apply(@event));
            _history = _history.Add(new OccupancyChange(occurredAt, change.FacilityId, change.Occupancy));
        }
    }
}

/// <summary>A facility's figures as they were from <paramref name="At"/> on.</summary>
public sealed record OccupancyChange(DateTimeOffset At, Guid FacilityId, FacilityOccupancy Occupancy);
