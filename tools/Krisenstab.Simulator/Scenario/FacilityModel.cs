namespace Krisenstab.Simulator.Scenario;

/// <summary>The generator's own view of a facility, so that it places only where there is room (as the service would decide).</summary>
public sealed class FacilityModel(string key, string name, string kind, string town, int capacity, bool stepFree)
{
    private readonly Dictionary<string, int> _households = [];
    private readonly Dictionary<string, int> _reserved = [];

    public string Key { get; } = key;
    public string Name { get; } = name;
    public string Kind { get; } = kind;
    public string Town { get; } = town;
    public int Capacity { get; } = capacity;
    public bool StepFree { get; } = stepFree;

    public int Occupied => _households.Values.Sum();
    public int Reserved => _reserved.Values.Sum();
    public int Free => Capacity - Occupied - Reserved;
    public IReadOnlyCollection<string> Households => _households.Keys;

    public bool Fits(Household household) => Free >= household.Size && (!household.NeedsStepFree || StepFree);

    public void Reserve(string reservationKey, int places) => _reserved[reservationKey] = places;

    public int ReservedFor(string reservationKey) => _reserved.GetValueOrDefault(reservationKey);

    /// <summary>Places the household from the reservation's held places when they suffice, otherwise from the free ones.</summary>
    public void Place(Household household, string? reservationKey)
    {
        if (reservationKey is not null)
        {
            _reserved[reservationKey] -= household.Size;
        }
        _households[household.Ref] = household.Size;
    }

    public void Release(string reservationKey) => _reserved.Remove(reservationKey);

    public int MoveOut(string householdRef) => _households.Remove(householdRef, out var size) ? size : 0;
}
