using System.Collections.Immutable;
using Krisenstab.Accommodation.Placements;
using Krisenstab.Accommodation.Reservations;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>
/// A facility as its stream tells it: what it is, who is placed there, which places are held or blocked.
/// Immutable; <see cref="Apply"/> folds one event. The figures are derived, never stored, so they cannot drift.
/// </summary>
public sealed record Facility
{
    /// <summary>The state before the first event: a facility that does not exist.</summary>
    public static Facility None { get; } = new();

    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public FacilityKind Kind { get; init; }
    public string Town { get; init; } = "";
    public string Address { get; init; } = "";
    public FacilityOperator Operator { get; init; } = FacilityOperator.Municipal;
    public ImmutableArray<FacilityFeature> Features { get; init; } = [];
    public int Capacity { get; init; }
    public bool IsClosed { get; init; }

    /// <summary>When the operator last confirmed the figures (registration counts as the first confirmation).</summary>
    public DateTimeOffset LastConfirmedAt { get; init; }

    public ImmutableDictionary<string, Household> Households { get; init; } = ImmutableDictionary.Create<string, Household>(StringComparer.Ordinal);
    public ImmutableDictionary<Guid, Reservation> Reservations { get; init; } = ImmutableDictionary<Guid, Reservation>.Empty;
    public ImmutableDictionary<Guid, PlaceBlock> Blocks { get; init; } = ImmutableDictionary<Guid, PlaceBlock>.Empty;

    public bool Exists => Id != Guid.Empty;
    public int Occupied => Households.Values.Sum(h => h.Size);
    public int Blocked => Blocks.Values.Sum(b => b.Places);
    public int Reserved => Reservations.Values.Sum(r => r.Places);

    /// <summary>Places neither in use, blocked nor reserved — whether or not the facility is open.</summary>
    public int Unused => Capacity - Occupied - Blocked - Reserved;

    public FacilityOccupancy Occupancy => new(Name, Town, Capacity, Occupied, Blocked, Reserved, IsClosed);

    public bool Has(FacilityFeature feature) => Features.Contains(feature);

    /// <summary>True when the operator has not confirmed the figures for longer than <paramref name="staleAfter"/>.</summary>
    public bool IsStaleAt(DateTimeOffset now, TimeSpan staleAfter) => now - LastConfirmedAt > staleAfter;

    public Facility Apply(object @event) => @event switch
    {
        FacilityRegistered e => this with
        {
            Id = e.FacilityId,
            Name = e.Name,
            Kind = e.Kind,
            Town = e.Town,
            Address = e.Address,
            Operator = e.Operator,
            Features = [.. e.Features],
            Capacity = e.Capacity,
            LastConfirmedAt = e.RegisteredAt,
        },
        FacilityCapacityChanged e => this with { Capacity = e.Capacity },
        PlacesBlocked e => this with { Blocks = Blocks.SetItem(e.BlockId, new PlaceBlock(e.BlockId, e.Places, e.Reason, e.Note)) },
        PlacesUnblocked e => this with { Blocks = Blocks.Remove(e.BlockId) },
        FacilityClosed => this with { IsClosed = true },
        FacilityReopened => this with { IsClosed = false },
        OccupancyConfirmed e => this with { LastConfirmedAt = e.ConfirmedAt },
        PlacesReserved e => this with { Reservations = Reservations.SetItem(e.ReservationId, new Reservation(e.ReservationId, e.Places, e.ExpiresAt, e.Reference)) },
        ReservationExpired e => this with { Reservations = Reservations.Remove(e.ReservationId) },
        ReservationCancelled e => this with { Reservations = Reservations.Remove(e.ReservationId) },
        HouseholdPlaced e => this with
        {
            Households = Households.SetItem(e.HouseholdRef, new Household(e.HouseholdRef, e.Size, [.. e.Needs], [.. e.Languages])),
            Reservations = TakeFromReservation(e.ReservationId, e.PlacesFromReservation),
        },
        HouseholdMovedOut e => this with { Households = Households.Remove(e.HouseholdRef) },
        HouseholdTransferredOut e => this with { Households = Households.Remove(e.HouseholdRef) },
        _ => this,
    };

    private ImmutableDictionary<Guid, Reservation> TakeFromReservation(Guid? reservationId, int places)
    {
        if (reservationId is not { } id || !Reservations.TryGetValue(id, out var reservation))
        {
            return Reservations;
        }
        var left = reservation.Places - places;
        return left > 0 ? Reservations.SetItem(id, reservation with { Places = left }) : Reservations.Remove(id);
    }
}
