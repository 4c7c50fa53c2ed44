namespace Krisenstab.Contracts.Accommodation;

/// <summary>
/// A facility's figures right after an event: what the situation picture needs to redraw it without asking.
/// The invariant <c>Occupied + Blocked + Reserved ≤ Capacity</c> holds in every one of them.
/// </summary>
public sealed record FacilityOccupancy(string Name, string Town, int Capacity, int Occupied, int Blocked, int Reserved, bool Closed)
{
    /// <summary>Places that can be given to someone now (none while the facility is closed).</summary>
    public int Free => Closed ? 0 : Capacity - Occupied - Blocked - Reserved;
}
