namespace Krisenstab.Simulator.Scenario.Commands;

/// <summary>A facility registered (opened): a shared shelter, a gym as emergency shelter, a hotel, flats.</summary>
public sealed record RegisterFacility(
    TimeSpan At, string Key, string Name, string FacilityKind, string Town, string Address, string? Organisation, int Capacity, IReadOnlyList<string> Features)
    : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var body = new
        {
            name = Name,
            kind = FacilityKind,
            town = Town,
            address = Address,
            @operator = Organisation is null ? new { kind = "municipal", name = (string?)null } : new { kind = "organisation", name = (string?)Organisation },
            capacity = Capacity,
            features = Features,
        };
        await run.CreateAsync(Key, "/api/accommodation/facilities", body, cancellationToken);
    }
}

/// <summary>The operator confirms the facility's figures (daily), so they are not flagged stale.</summary>
public sealed record ConfirmFacility(TimeSpan At, string FacilityKey) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/accommodation/facilities/{run[FacilityKey]}/confirmations", null, cancellationToken);
}

/// <summary>Places held for an announced allocation.</summary>
public sealed record ReservePlaces(TimeSpan At, string Key, string FacilityKey, int Places, TimeSpan ExpiresAt, string AnnouncementKey) : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var body = new { places = Places, expiresAt = run.Instant(ExpiresAt), reference = AnnouncementKey, crisisId = run.CrisisId, announcementId = run[AnnouncementKey] };
        await run.CreateAsync(Key, $"/api/accommodation/facilities/{run[FacilityKey]}/reservations", body, cancellationToken, idProperty: "reservationId");
    }
}

public sealed record CancelReservation(TimeSpan At, string FacilityKey, string ReservationKey) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Operator, HttpMethod.Delete, $"/api/accommodation/facilities/{run[FacilityKey]}/reservations/{run[ReservationKey]}", null, cancellationToken);
}

/// <summary>A household placed (kept together) — from a reservation's held places when it names one.</summary>
public sealed record PlaceHousehold(TimeSpan At, string FacilityKey, string HouseholdRef, int Size, IReadOnlyList<string> Needs, IReadOnlyList<string> Languages, string? ReservationKey)
    : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var facility = $"/api/accommodation/facilities/{run[FacilityKey]}";
        var path = ReservationKey is null ? $"{facility}/placements" : $"{facility}/reservations/{run[ReservationKey]}/placements";
        return run.SendAsync(Actor.Operator, HttpMethod.Post, path,
            new { householdRef = HouseholdRef, size = Size, needs = Needs, languages = Languages, crisisId = run.CrisisId }, cancellationToken);
    }
}

/// <summary>A household leaves: into a flat of its own, to another municipality.</summary>
public sealed record MoveOut(TimeSpan At, string FacilityKey, string HouseholdRef, string Reason) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/accommodation/facilities/{run[FacilityKey]}/households/{Uri.EscapeDataString(HouseholdRef)}/move-out",
            new { reason = Reason }, cancellationToken);
}
