using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>Registering facilities and changing their size, blocks and opening.</summary>
public static class FacilityEndpoints
{
    public static void MapFacilityEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/facilities", RegisterAsync).RequireChangeRole();
        api.MapGet("/facilities/{id:guid}", GetAsync).RequireReadRole();
        api.MapPut("/facilities/{id:guid}/capacity", ChangeCapacityAsync).RequireChangeRole();
        api.MapPost("/facilities/{id:guid}/blocks", BlockAsync).RequireChangeRole();
        api.MapDelete("/facilities/{id:guid}/blocks/{blockId:guid}", UnblockAsync).RequireChangeRole();
        api.MapPost("/facilities/{id:guid}/close", CloseAsync).RequireChangeRole();
        api.MapPost("/facilities/{id:guid}/reopen", ReopenAsync).RequireChangeRole();
        api.MapPost("/facilities/{id:guid}/confirmations", ConfirmAsync).RequireChangeRole();
    }

    /// <summary>201 with the facility's id; with an <c>Idempotency-Key</c> the id is derived from it, so a retry registers once.</summary>
    private static async Task<Results<Created<FacilityCreated>, ProblemHttpResult>> RegisterAsync(
        RegisterFacilityRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, CommandRunner<Facility> facilities, TimeProvider time, CancellationToken cancellationToken)
    {
        var (key, badKey) = IdempotencyKey.From(idempotencyKey, Guid.Empty, "register-facility", request);
        var id = IdempotencyKey.NewId(key, "facility", time);
        var (command, invalid) = request.ToCommand(id);
        if ((badKey ?? invalid) is { } problem)
        {
            return problem.ToProblem();
        }
        var outcome = await facilities.RegisterAsync(command!, CommandMetadata.For(http, time), cancellationToken, key);
        return FacilityPresenter.Created(outcome, $"/api/accommodation/facilities/{id}", () => new FacilityCreated(id));
    }

    private static async Task<Results<Ok<FacilityDetails>, ProblemHttpResult>> GetAsync(
        Guid id, AggregateStore<Facility> store, FacilityPresenter present, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(id, cancellationToken);
        return loaded.State.Exists ? TypedResults.Ok(present.Details(loaded.State)) : FacilityErrors.NotFound(id).ToProblem();
    }

    private static async Task<Results<Ok<FacilityDetails>, ProblemHttpResult>> ChangeCapacityAsync(
        Guid id, ChangeCapacityRequest request, HttpContext http, CommandRunner<Facility> facilities, FacilityPresenter present, TimeProvider time, CancellationToken cancellationToken) =>
        present.Ok(await facilities.ChangeAsync(
            id, (facility, _) => FacilityCommands.ChangeCapacity(facility, new ChangeCapacity(request.Capacity)), CommandMetadata.For(http, time), cancellationToken));

    private static async Task<Results<Created<PlacesBlockedResponse>, ProblemHttpResult>> BlockAsync(
        Guid id, BlockPlacesRequest request, HttpContext http, CommandRunner<Facility> facilities, FacilityPresenter present, TimeProvider time, CancellationToken cancellationToken)
    {
        var blockId = Guid.CreateVersion7(time.GetUtcNow());
        var outcome = await facilities.ChangeAsync(
            id, (facility, _) => FacilityCommands.Block(facility, new BlockPlaces(blockId, request.Places, request.Reason, request.Note)), CommandMetadata.For(http, time), cancellationToken);
        return FacilityPresenter.Created(
            outcome, $"/api/accommodation/facilities/{id}/blocks/{blockId}", () => new PlacesBlockedResponse(blockId, present.Details(outcome.State)));
    }

    private static async Task<Results<Ok<FacilityDetails>, ProblemHttpResult>> UnblockAsync(
        Guid id, Guid blockId, HttpContext http, CommandRunner<Facility> facilities, FacilityPresenter present, TimeProvider time, CancellationToken cancellationToken) =>
        present.Ok(await facilities.ChangeAsync(
            id, (facility, _) => FacilityCommands.Unblock(facility, new UnblockPlaces(blockId)), CommandMetadata.For(http, time), cancellationToken));

    private static async Task<Results<Ok<FacilityDetails>, ProblemHttpResult>> CloseAsync(
        Guid id, CloseFacilityRequest? request, HttpContext http, CommandRunner<Facility> facilities, FacilityPresenter present, TimeProvider time, CancellationToken cancellationToken) =>
        present.Ok(await facilities.ChangeAsync(
            id, (facility, _) => FacilityCommands.Close(facility, new CloseFacility(request?.Reason)), CommandMetadata.For(http, time), cancellationToken));

    private static async Task<Results<Ok<FacilityDetails>, ProblemHttpResult>> ReopenAsync(
        Guid id, HttpContext http, CommandRunner<Facility> facilities, FacilityPresenter present, TimeProvider time, CancellationToken cancellationToken) =>
        present.Ok(await facilities.ChangeAsync(id, (facility, _) => FacilityCommands.Reopen(facility), CommandMetadata.For(http, time), cancellationToken));

    /// <summary>The operator vouches for the figures as shown; resets the staleness flag.</summary>
    private static async Task<Results<Ok<FacilityDetails>, ProblemHttpResult>> ConfirmAsync(
        Guid id, HttpContext http, CommandRunner<Facility> facilities, FacilityPresenter present, TimeProvider time, CancellationToken cancellationToken) =>
        present.Ok(await facilities.ChangeAsync(id, FacilityCommands.Confirm, CommandMetadata.For(http, time), cancellationToken));
}
