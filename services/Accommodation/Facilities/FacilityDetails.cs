using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Facilities;

public sealed record HouseholdView(string HouseholdRef, int Size, IReadOnlyList<HouseholdNeed> Needs, IReadOnlyList<string> Languages);

public sealed record ReservationView(Guid Id, int Places, DateTimeOffset ExpiresAt, string? Reference);

public sealed record BlockView(Guid Id, int Places, BlockReason Reason, string? Note);

/// <summary>A facility as <c>GET /facilities/{id}</c> shows it: its figures (free = capacity − occupied − blocked − reserved) and what makes them up.</summary>
public sealed record FacilityDetails(
    Guid Id,
    string Name,
    FacilityKind Kind,
    string Town,
    string Address,
    FacilityOperator Operator,
    IReadOnlyList<FacilityFeature> Features,
    int Capacity,
    int Occupied,
    int Blocked,
    int Reserved,
    int Free,
    bool Closed,
    DateTimeOffset LastConfirmedAt,
    bool Stale,
    IReadOnlyList<HouseholdView> Households,
    IReadOnlyList<ReservationView> Reservations,
    IReadOnlyList<BlockView> Blocks)
{
    public static FacilityDetails From(Facility f, DateTimeOffset now, TimeSpan staleAfter) => new(
        f.Id,
        f.Name,
        f.Kind,
        f.Town,
        f.Address,
        f.Operator,
        f.Features,
        f.Capacity,
        f.Occupied,
        f.Blocked,
        f.Reserved,
        f.Occupancy.Free,
        f.IsClosed,
        f.LastConfirmedAt,
        f.IsStaleAt(now, staleAfter),
        [.. f.Households.Values.OrderBy(h => h.Ref, StringComparer.Ordinal).Select(h => new HouseholdView(h.Ref, h.Size, h.Needs, h.Languages))],
        [.. f.Reservations.Values.OrderBy(r => r.ExpiresAt).Select(r => new ReservationView(r.Id, r.Places, r.ExpiresAt, r.Reference))],
        [.. f.Blocks.Values.Select(b => new BlockView(b.Id, b.Places, b.Reason, b.Note))]);
}
