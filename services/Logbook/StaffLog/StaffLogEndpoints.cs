using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Logbook.StaffLog;

/// <summary>The staff log of a crisis: take it over, write, correct, close, countersign, read.</summary>
public static class StaffLogEndpoints
{
    private const string Path = "/crises/{crisisId:guid}/staff-log";

    public static void MapStaffLogEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(Path, ReadAsync).RequireRoles(Roles.All);
        api.MapPost($"{Path}/keeper", (Guid crisisId, TakeOverRequest request, HttpContext http, CommandRunner<StaffLogState> logs, TimeProvider time, CancellationToken ct) =>
            ChangeAsync(crisisId, http, logs, time, (log, user, now) => StaffLogCommands.TakeOver(log, crisisId, user, request.PreviousKeeper, request.Function, now), ct))
            .RequireRoles(LogbookApi.KeeperRoles);
        api.MapPost($"{Path}/entries", WriteAsync).RequireRoles(LogbookApi.KeeperRoles);
        // No route constraint on the number: a caller without the role is refused (403) before the number is read (400 if not a number).
        api.MapPost($"{Path}/entries/{{number}}/corrections", CorrectAsync).RequireRoles(LogbookApi.KeeperRoles);
        api.MapPost($"{Path}/close", (Guid crisisId, HttpContext http, CommandRunner<StaffLogState> logs, TimeProvider time, CancellationToken ct) =>
            ChangeAsync(crisisId, http, logs, time, StaffLogCommands.Close, ct)).RequireRoles(LogbookApi.KeeperRoles);
        api.MapPost($"{Path}/countersign", (Guid crisisId, HttpContext http, CommandRunner<StaffLogState> logs, TimeProvider time, CancellationToken ct) =>
            ChangeAsync(crisisId, http, logs, time, StaffLogCommands.Countersign, ct)).RequireRoles(LogbookApi.CountersignRoles);
    }

    private delegate Decision Step(StaffLogState log, string user, DateTimeOffset now);

    private static async Task<Ok<StaffLogView>> ReadAsync(Guid crisisId, CommandRunner<StaffLogState> logs, CancellationToken cancellationToken) =>
        TypedResults.Ok(StaffLogView.Of(crisisId, (await logs.Store.LoadAsync(crisisId, cancellationToken)).State));

    private static async Task<Results<Created<EntryCreated>, ProblemHttpResult>> WriteAsync(
        Guid crisisId, WriteEntryRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, CommandRunner<StaffLogState> logs, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Category is not { } category)
        {
            return DomainError.Invalid("category", "'category' is required.").ToProblem();
        }
        return await CreateAsync(crisisId, "write-entry", request, idempotencyKey, http, logs, time,
            (entryId, log, user, now) => StaffLogCommands.Write(log, user, new WriteEntry(entryId, category, request.Unit, request.Text, request.OccurredAt), now),
            cancellationToken);
    }

    private static Task<Results<Created<EntryCreated>, ProblemHttpResult>> CorrectAsync(
        Guid crisisId, int number, CorrectEntryRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, CommandRunner<StaffLogState> logs, TimeProvider time, CancellationToken cancellationToken) =>
        CreateAsync(crisisId, $"correct-entry-{number}", request, idempotencyKey, http, logs, time,
            (entryId, log, user, now) => StaffLogCommands.Correct(log, user, new CorrectEntry(entryId, number, request.Unit, request.Text, request.OccurredAt), now),
            cancellationToken);

    /// <summary>201 with the new entry's id and number; with an <c>Idempotency-Key</c> the id derives from it, so a retry writes once.</summary>
    private static async Task<Results<Created<EntryCreated>, ProblemHttpResult>> CreateAsync<TRequest>(
        Guid crisisId, string operation, TRequest request, string? idempotencyKey, HttpContext http, CommandRunner<StaffLogState> logs,
        TimeProvider time, Func<Guid, StaffLogState, string, DateTimeOffset, Decision> decide, CancellationToken cancellationToken)
        where TRequest : notnull
    {
        var (key, badKey) = IdempotencyKey.From(idempotencyKey, crisisId, operation, request);
        if (badKey is not null)
        {
            return badKey.ToProblem();
        }
        var entryId = IdempotencyKey.NewId(key, "staff-log-entry", time);
        var user = Signer.NameOf(http.User);
        var outcome = await logs.RunAsync(
            logs.Store.StreamOf(crisisId), (log, now) => decide(entryId, WithCrisis(log, crisisId), user, now), CommandMetadata.For(http, time, crisisId), cancellationToken, key);
        if (outcome.Error is { } error)
        {
            return LogbookAnswers.Problem(error);
        }
        var line = outcome.State.Lines.Last(l => l.EntryId == entryId);
        return TypedResults.Created($"{LogbookApi.Prefix}/crises/{crisisId}/staff-log", new EntryCreated(entryId, line.Number));
    }

    private static async Task<Results<Ok<StaffLogView>, ProblemHttpResult>> ChangeAsync(
        Guid crisisId, HttpContext http, CommandRunner<StaffLogState> logs, TimeProvider time, Step step, CancellationToken cancellationToken)
    {
        var user = Signer.NameOf(http.User);
        var outcome = await logs.RunAsync(
            logs.Store.StreamOf(crisisId), (log, now) => step(WithCrisis(log, crisisId), user, now), CommandMetadata.For(http, time, crisisId), cancellationToken);
        return outcome.Error is { } error ? LogbookAnswers.Problem(error) : TypedResults.Ok(StaffLogView.Of(crisisId, outcome.State));
    }

    /// <summary>A log nobody has kept yet knows no crisis; the route names it.</summary>
    private static StaffLogState WithCrisis(StaffLogState log, Guid crisisId) => log with { CrisisId = crisisId };
}
