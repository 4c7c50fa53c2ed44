using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Dashboard.Feed.Sentences;

internal static class FacilitySentences
{
    public static Sentence Registered(FacilityRegistered e)
    {
        var places = Words.Places(e.Capacity);
        var kind = KindNames.Of(e.Kind);
        return new($"{e.Name}: als {kind.De} in {e.Town} aufgenommen, {places.De}", $"{e.Name}: registered as {kind.En} in {e.Town}, {places.En}");
    }

    public static Sentence CapacityChanged(FacilityCapacityChanged e)
    {
        var places = Words.Places(e.Capacity);
        return Words.AtFacility(e.Occupancy, new(
            $"Kapazität von {e.PreviousCapacity} auf {places.De} geändert",
            $"capacity changed from {e.PreviousCapacity} to {places.En}"));
    }

    public static Sentence Closed(FacilityClosed e)
    {
        var people = Words.People(e.Occupancy.Occupied);
        return new(
            $"{e.Occupancy.Name}: geschlossen{Words.InParentheses(e.Reason)}, {people.De} bleiben untergebracht",
            $"{e.Occupancy.Name}: closed{Words.InParentheses(e.Reason)}, {people.En} stay");
    }

    public static Sentence Reopened(FacilityReopened e) => Words.AtFacility(e.Occupancy, new("wieder geöffnet", "reopened"));

    public static Sentence Confirmed(OccupancyConfirmed e) => Words.AtFacility(e.Occupancy, new("Belegung bestätigt", "figures confirmed"));
}
