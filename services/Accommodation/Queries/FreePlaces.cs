using Krisenstab.Accommodation.Facilities;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Queries;

/// <summary>Which facilities the free-places view shows.</summary>
public sealed record FreePlacesFilter(string? Town, int MinFree, bool StepFree, bool FamilyRooms, bool WomenOnly, bool IncludeClosed)
{
    public bool Matches(Facility facility) =>
        (Town is null || string.Equals(facility.Town, Town, StringComparison.OrdinalIgnoreCase))
        && (IncludeClosed || !facility.IsClosed)
        && facility.Occupancy.Free >= MinFree
        && (!StepFree || facility.Has(FacilityFeature.StepFree))
        && (!FamilyRooms || facility.Has(FacilityFeature.FamilyRooms))
        && (!WomenOnly || facility.Has(FacilityFeature.WomenOnly));
}

public sealed record FacilitySummary(
    Guid Id, string Name, FacilityKind Kind, string Town, IReadOnlyList<FacilityFeature> Features,
    int Capacity, int Occupied, int Blocked, int Reserved, int Free, bool Closed, DateTimeOffset LastConfirmedAt, bool Stale);

/// <summary>A town's figures over the facilities shown, and its fair share of the whole district's load.</summary>
public sealed record TownSummary(
    string Town, int Facilities, int Capacity, int Occupied, int Blocked, int Reserved, int Free, int? Population, int Load, int? FairShare);

public sealed record FreePlacesView(DateTimeOffset AsOf, TimeSpan StaleAfter, IReadOnlyList<FacilitySummary> Facilities, IReadOnlyList<TownSummary> Towns);

/// <summary>The live free places per facility and per town, with a freshness flag: pure over the directory's facilities.</summary>
public static class FreePlaces
{
    public static FreePlacesView Build(IReadOnlyCollection<Facility> all, FreePlacesFilter filter, TownShares shares, DateTimeOffset now, TimeSpan staleAfter)
    {
        var shown = all.Where(filter.Matches).OrderBy(f => f.Town, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        var facilities = shown.Select(f => Summarize(f, now, staleAfter)).ToList();
        var towns = shown
            .GroupBy(f => f.Town, StringComparer.OrdinalIgnoreCase)
            .Select(g => new TownSummary(
                g.Key,
                g.Count(),
                g.Sum(f => f.Capacity),
                g.Sum(f => f.Occupied),
                g.Sum(f => f.Blocked),
                g.Sum(f => f.Reserved),
                g.Sum(f => f.Occupancy.Free),
                shares.PopulationOf(g.Key),
                shares.LoadOf(g.Key),
                shares.FairShareOf(g.Key)))
            .ToList();
        return new FreePlacesView(now, staleAfter, facilities, towns);
    }

    public static FacilitySummary Summarize(Facility f, DateTimeOffset now, TimeSpan staleAfter) => new(
        f.Id, f.Name, f.Kind, f.Town, f.Features, f.Capacity, f.Occupied, f.Blocked, f.Reserved, f.Occupancy.Free, f.IsClosed,
        f.LastConfirmedAt, f.IsStaleAt(now, staleAfter));
}
