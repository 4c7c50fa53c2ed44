using System.Collections.Immutable;
using Krisenstab.Accommodation.Placements;
using Krisenstab.Accommodation.Reservations;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>
/// A facility as its stream tells it: what it is, who is placed there, which places are held or blocked.
/// Immutable; <see cref="Apply"/> folds one event. The totals (<see cref="Occupied"/>, <see cref="Blocked"/>,
/// <see cref="Reserved"/>) change only together with their collection (<c>With…</c> below), so a command on a facility
/// with thousands of households does not re-sum them each time it asks.
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
    public int Occupied { get; init; }
    public int Blocked { get; init; }
    public int Reserved { get; init; }

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
        PlacesBlocked e => WithBlock(e.BlockId, new PlaceBlock(e.BlockId, e.Places, e.Reason, e.Note)),
        PlacesUnblocked e => WithBlock(e.BlockId, null),
        FacilityClosed => this with { IsClosed = true },
        FacilityReopened => this with { IsClosed = false },
        OccupancyConfirmed e => this with { LastConfirmedAt = e.ConfirmedAt },
        PlacesReserved e => WithReservation(e.ReservationId, new Reservation(e.ReservationId, e.Places, e.ExpiresAt, e.Reference)),
        ReservationExpired e => WithReservation(e.ReservationId, null),
        ReservationCancelled e => WithReservation(e.ReservationId, null),
        HouseholdPlaced e => TakeFromReservation(e.ReservationId, e.PlacesFromReservation)
            .WithHousehold(e.HouseholdRef, new Household(e.HouseholdRef, e.Size, [.. e.Needs], [.. e.Languages])),
        HouseholdMovedOut e => WithHousehold(e.HouseholdRef, null),
        HouseholdTransferredOut e => WithHousehold(e.HouseholdRef, null),
        _ => this,
    };

    private Facility TakeFromReservation(Guid? reservationId, int places)
    {
        if (reservationId is not { } id || !Reservations.TryGetValue(id, out var reservation))
        {
            return this;
        }
        var left = reservation.Places - places;
        return WithReservation(id, left > 0 ? reservation with { Places = left } : null);
    }

    /// <summary>The household set (or removed, when null), and the occupied total with it.</summary>
    private Facility WithHousehold(string householdRef, Household? household) => this with
    {
        Households = household is null ? Households.Remove(householdRef) : Households.SetItem(householdRef, household),
        Occupied = Occupied - (Households.TryGetValue(householdRef, out var before) ? before.Size : 0) + (household?.Size ?? 0),
    };

    private Facility WithBlock(Guid blockId, PlaceBlock? block) => this with
    {
        Blocks = block is null ? Blocks.Remove(blockId) : Blocks.SetItem(blockId, block),
        Blocked = Blocked - (Blocks.TryGetValue(blockId, out var before) ? before.Places : 0) + (block?.Places ?? 0),
    };

    private Facility WithReservation(Guid reservationId, Reservation? reservation) => this with
    {
        Reservations = reservation is null ? Reservations.Remove(reservationId) : Reservations.SetItem(reservationId, reservation),
        Reserved = Reserved - (Reservations.TryGetValue(reservationId, out var before) ? before.Places : 0) + (reservation?.Places ?? 0),
    };
}
