using Krisenstab.Accommodation.Facilities;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Accommodation.Placements;

/// <summary>Placing households (from free places or a reservation), moving them out and transferring them.</summary>
public static class PlacementEndpoints
{
    public static void MapPlacementEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/facilities/{id:guid}/placements", PlaceAsync).RequireChangeRole();
        api.MapPost("/facilities/{id:guid}/reservations/{reservationId:guid}/placements", PlaceFromReservationAsync).RequireChangeRole();
        api.MapPost("/facilities/{id:guid}/households/{householdRef}/move-out", MoveOutAsync).RequireChangeRole();
        api.MapPost("/facilities/{id:guid}/households/{householdRef}/transfer", TransferAsync).RequireChangeRole();
    }

    /// <summary>201 when the whole household fits, 409 "no room" when it does not; a retry with the same <c>Idempotency-Key</c> places once.</summary>
    private static Task<Results<Created<PlacementCreated>, ProblemHttpResult>> PlaceAsync(
        Guid id, PlaceHouseholdRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, HouseholdPlacements placements, TimeProvider time, CancellationToken cancellationToken) =>
        PlaceHouseholdAsync(id, null, request, idempotencyKey, http, placements, time, cancellationToken);

    private static Task<Results<Created<PlacementCreated>, ProblemHttpResult>> PlaceFromReservationAsync(
        Guid id, Guid reservationId, PlaceHouseholdRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, HouseholdPlacements placements, TimeProvider time, CancellationToken cancellationToken) =>
        PlaceHouseholdAsync(id, reservationId, request, idempotencyKey, http, placements, time, cancellationToken);

    private static async Task<Results<Created<PlacementCreated>, ProblemHttpResult>> PlaceHouseholdAsync(
        Guid id, Guid? reservationId, PlaceHouseholdRequest request, string? idempotencyKey,
        HttpContext http, HouseholdPlacements placements, TimeProvider time, CancellationToken cancellationToken)
    {
        var (key, badKey) = IdempotencyKey.From(idempotencyKey, id, "place", new { reservationId, request });
        if (badKey is not null)
        {
            return badKey.ToProblem();
        }
        var household = request.ToHousehold();
        var outcome = await placements.PlaceAsync(
            id, new PlaceHousehold(household, reservationId), CommandMetadata.For(http, time, request.CrisisId), key, cancellationToken);
        return FacilityPresenter.Created(
            outcome,
            $"/api/accommodation/facilities/{id}/households/{Uri.EscapeDataString(household.Ref)}",
            () => new PlacementCreated(id, household.Ref, household.Size, outcome.State.Occupancy));
    }

    private static async Task<Results<Ok<FacilityDetails>, ProblemHttpResult>> MoveOutAsync(
        Guid id, string householdRef, MoveOutRequest request, HttpContext http, HouseholdPlacements placements, FacilityPresenter present, TimeProvider time, CancellationToken cancellationToken) =>
        present.Ok(await placements.MoveOutAsync(id, new MoveOut(householdRef, request.Reason), CommandMetadata.For(http, time), cancellationToken));

    private static async Task<Results<Ok<TransferDone>, ProblemHttpResult>> TransferAsync(
        Guid id, string householdRef, TransferRequest request, HttpContext http, HouseholdPlacements placements, TimeProvider time, CancellationToken cancellationToken)
    {
        var (done, error) = await placements.TransferAsync(id, householdRef, request.ToFacilityId, CommandMetadata.For(http, time), cancellationToken);
        return error is not null ? error.ToProblem() : TypedResults.Ok(done!);
    }
}
