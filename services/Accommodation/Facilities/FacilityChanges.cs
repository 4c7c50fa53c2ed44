using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>
/// Collects the events of one decision. Each event is built twice: once to fold it, once more stamped with
/// the facility's figures after it — so the figures an event carries are exactly what the fold makes of it.
/// </summary>
public sealed class FacilityChanges(Facility state)
{
    private readonly List<object> _events = [];

    /// <summary>The facility with every recorded event applied.</summary>
    public Facility State { get; private set; } = state;

    public FacilityChanges Record(Func<FacilityOccupancy, IFacilityEvent> build)
    {
        var after = State.Apply(build(State.Occupancy));
        _events.Add(build(after.Occupancy));
        State = after;
        return this;
    }

    public Decision ToDecision() => _events.Count == 0 ? Decision.Nothing : Decision.Accept([.. _events]);

    public static implicit operator Decision(FacilityChanges changes) => changes.ToDecision();
}
