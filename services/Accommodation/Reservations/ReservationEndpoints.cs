using Krisenstab.Accommodation.Facilities;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Accommodation.Reservations;

/// <summary>Holding places for announced arrivals and giving them up (turning them into placements is under Placements).</summary>
public static class ReservationEndpoints
{
    public static void MapReservationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/facilities/{id:guid}/reservations", ReserveAsync).RequireChangeRole();
        api.MapDelete("/facilities/{id:guid}/reservations/{reservationId:guid}", CancelAsync).RequireChangeRole();
    }

    /// <summary>201 with the reservation's id; with an <c>Idempotency-Key</c> the id is derived from it, so a retry holds places once.</summary>
    private static async Task<Results<Created<ReservationCreated>, ProblemHttpResult>> ReserveAsync(
        Guid id, ReservePlacesRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, CommandRunner<Facility> facilities, TimeProvider time, CancellationToken cancellationToken)
    {
        var (key, badKey) = IdempotencyKey.From(idempotencyKey, id, "reserve", request);
        if (badKey is not null)
        {
            return badKey.ToProblem();
        }
        var reservationId = IdempotencyKey.NewId(key, "reservation", time);
        var outcome = await facilities.ChangeAsync(
            id,
            (facility, now) => ReservationCommands.Reserve(facility, new ReservePlaces(reservationId, request.Places, request.ExpiresAt, request.Reference, request.AnnouncementId), now),
            CommandMetadata.For(http, time, request.CrisisId),
            cancellationToken,
            key);
        return FacilityPresenter.Created(
            outcome,
            $"/api/accommodation/facilities/{id}/reservations/{reservationId}",
            () => new ReservationCreated(reservationId, id, request.Places, request.ExpiresAt));
    }

    private static async Task<Results<Ok<FacilityDetails>, ProblemHttpResult>> CancelAsync(
        Guid id, Guid reservationId, HttpContext http, CommandRunner<Facility> facilities, FacilityPresenter present, TimeProvider time, CancellationToken cancellationToken) =>
        present.Ok(await facilities.ChangeAsync(
            id, (facility, _) => ReservationCommands.Cancel(facility, new CancelReservation(reservationId)), CommandMetadata.For(http, time), cancellationToken));
}
