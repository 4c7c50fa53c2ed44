using Krisenstab.Simulator.Scenario.Commands;

namespace Krisenstab.Simulator.Scenario.Planners;

/// <summary>
/// Facilities: a few open at the start, more opened when places run short (a gym as emergency shelter, a hotel, flats);
/// households placed where they fit (from the allocation's reservation first), moving out into flats of their own after
/// some weeks; every facility's figures confirmed each morning.
/// </summary>
public sealed class AccommodationPlanner(ScenarioPlan plan, IReadOnlyList<string> towns)
{
    private static readonly string[] Organisations = ["DRK-Kreisverband", "Caritasverband", "AWO Kreisverband", "Diakonie", "Johanniter-Unfall-Hilfe"];
    private static readonly string[] Streets = ["Schulstraße", "Bahnhofstraße", "Lindenallee", "Am Sportplatz", "Gartenweg", "Hauptstraße", "Friedensstraße", "Mühlgasse"];
    private readonly List<FacilityModel> _facilities = [];

    /// <summary>Raised when a facility opens (after its registration is planned).</summary>
    public event Action<FacilityModel>? Opened;

    public IReadOnlyList<FacilityModel> Facilities => _facilities;
    public int Capacity => _facilities.Sum(f => f.Capacity);
    public int Occupied => _facilities.Sum(f => f.Occupied);
    public int Free => _facilities.Sum(f => f.Free);
    public int Placed { get; private set; }
    public int MovedOut { get; private set; }

    /// <summary>The facilities that exist when the crisis begins: shared shelters and a few flats, about <paramref name="places"/> places.</summary>
    public void OpenInitial(TimeSpan at, int places)
    {
        var shelters = Math.Max(1, places / 90);
        for (var i = 0; i < shelters; i++)
        {
            Open(at + TimeSpan.FromMinutes(5 * i), "shared-shelter", Math.Max(20, places / shelters / 10 * 10));
        }
        for (var i = 0; i < 3; i++)
        {
            Open(at + TimeSpan.FromMinutes(5 * (shelters + i)), "flat", plan.Between(4, 6));
        }
        plan.At(PlanDay(1, 7), ConfirmEveryMorning);
    }

    /// <summary>Holds places for an announced allocation in the facility with the most free places; the key, or null when none is free.</summary>
    public (string Facility, string Reservation)? Reserve(TimeSpan at, int people, string announcementKey, TimeSpan expiresAt)
    {
        var facility = _facilities.Where(f => f.Free > 0).OrderByDescending(f => f.Free).FirstOrDefault();
        if (facility is null)
        {
            return null;
        }
        var places = Math.Min(people, facility.Free);
        var key = plan.NewKey("reservation");
        facility.Reserve(key, places);
        plan.Add(new ReservePlaces(at, key, facility.Key, places, expiresAt, announcementKey));
        return (facility.Key, key);
    }

    public void CancelReservation(TimeSpan at, (string Facility, string Reservation) reservation)
    {
        var facility = _facilities.First(f => f.Key == reservation.Facility);
        if (facility.ReservedFor(reservation.Reservation) > 0)
        {
            plan.Add(new CancelReservation(at, reservation.Facility, reservation.Reservation));
        }
        facility.Release(reservation.Reservation);
    }

    /// <summary>Places the household: from the reservation when its places suffice, else where it fits, else in a facility opened for it.</summary>
    public FacilityModel Place(TimeSpan at, Household household, (string Facility, string Reservation)? reservation)
    {
        var held = reservation is { } r ? _facilities.First(f => f.Key == r.Facility) : null;
        string? reservationKey = null;
        FacilityModel facility;
        if (held is not null && held.ReservedFor(reservation!.Value.Reservation) >= household.Size && (!household.NeedsStepFree || held.StepFree))
        {
            (facility, reservationKey) = (held, reservation.Value.Reservation);
        }
        else
        {
            facility = _facilities.Where(f => f.Fits(household)).OrderBy(f => f.Kind == "emergency-shelter").ThenByDescending(f => f.Free).FirstOrDefault()
                ?? OpenForShortage(at - TimeSpan.FromMinutes(30), household);
        }
        facility.Place(household, reservationKey);
        Placed += household.Size;
        plan.Add(new PlaceHousehold(at, facility.Key, household.Ref, household.Size, household.Needs, household.Languages, reservationKey));
        ScheduleMoveOut(at, facility, household);
        if (Free < Capacity / 6)
        {
            plan.At(at + TimeSpan.FromHours(plan.Between(6, 20)), OpenWhenStillShort);
        }
        return facility;
    }

    private void OpenWhenStillShort()
    {
        if (Free < Capacity / 6)
        {
            // As in spring 2022: the first shortage is met with a gym, later ones with hotels and new shared shelters.
            var kind = _facilities.Any(f => f.Kind == "emergency-shelter") ? plan.Chance(0.5) ? "hotel" : "shared-shelter" : "emergency-shelter";
            Open(plan.Now, kind, plan.Between(3, 8) * 10, stepFree: kind == "emergency-shelter");
        }
    }

    private FacilityModel OpenForShortage(TimeSpan at, Household household)
    {
        var capacity = Math.Max(household.Size, plan.Between(6, 15) * 10);
        return Open(at, "emergency-shelter", capacity, stepFree: true);
    }

    private FacilityModel Open(TimeSpan at, string kind, int capacity, bool stepFree = false)
    {
        var number = _facilities.Count + 1;
        var town = towns[(number - 1) % towns.Count];
        stepFree = stepFree || plan.Chance(0.4);
        var address = $"{plan.Pick(Streets)} {plan.Between(1, 99)}";
        var (name, organisation) = kind switch
        {
            "emergency-shelter" => ($"Turnhalle {town} {number}", null),
            "hotel" => ($"Hotel am Markt {number}, {town}", (string?)null),
            "flat" => ($"Wohnung {address}", null),
            _ => ($"Gemeinschaftsunterkunft {town} {number}", plan.Pick(Organisations)),
        };
        var key = plan.NewKey("facility");
        var facility = new FacilityModel(key, name, kind, town, capacity, stepFree);
        _facilities.Add(facility);
        List<string> features = stepFree ? ["step-free"] : [];
        if (kind is "shared-shelter" or "flat")
        {
            features.Add("family-rooms");
        }
        plan.Add(new RegisterFacility(at, key, name, kind, town, address, organisation, capacity, features));
        Opened?.Invoke(facility);
        return facility;
    }

    private void ScheduleMoveOut(TimeSpan placedAt, FacilityModel facility, Household household)
    {
        // About one household in ten a week finds a flat of its own, after the first ten days.
        var after = TimeSpan.FromDays(10 + (-Math.Log(1 - plan.Random.NextDouble()) * 70));
        var reason = plan.Chance(0.85) ? "private-housing" : "other-municipality";
        plan.At(placedAt + after, () =>
        {
            MovedOut += facility.MoveOut(household.Ref);
            plan.Add(new MoveOut(plan.Now, facility.Key, household.Ref, reason));
        });
    }

    private void ConfirmEveryMorning()
    {
        foreach (var facility in _facilities)
        {
            plan.Add(new ConfirmFacility(plan.Now + TimeSpan.FromMinutes(plan.Between(0, 50)), facility.Key));
        }
        plan.At(plan.Now + TimeSpan.FromDays(1), ConfirmEveryMorning);
    }

    private static TimeSpan PlanDay(int day, int hour) => ScenarioPlan.Day(day, hour);
}
