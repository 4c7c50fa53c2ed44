using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.SituationReports.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.SituationReports.Allocations;

/// <summary>Announcements (Zuweisungen) of a crisis, arrivals against them, the list and the 7-day calendar.</summary>
public static class AllocationEndpoints
{
    public const string Category = "announcement";

    public static void MapAllocationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/crises/{id:guid}/announcements", AnnounceAsync).RequireChangeRole();
        api.MapPut("/crises/{id:guid}/announcements/{announcementId:guid}", ChangeAsync).RequireChangeRole();
        api.MapPost("/crises/{id:guid}/announcements/{announcementId:guid}/cancel", CancelAsync).RequireChangeRole();
        api.MapPost("/crises/{id:guid}/announcements/{announcementId:guid}/arrivals", RecordArrivalAsync).RequireChangeRole();
        api.MapGet("/crises/{id:guid}/announcements", List).RequireReadRole();
        api.MapGet("/crises/{id:guid}/announcements/{announcementId:guid}", Get).RequireReadRole();
        api.MapGet("/crises/{id:guid}/calendar", GetCalendar).RequireReadRole();
    }

    private static Task<Results<Created<CreatedId>, ProblemHttpResult>> AnnounceAsync(
        Guid id, AnnouncementRequest request, HttpContext http, CrisisGate gate, CommandRunner<Announcement> announcements, TimeProvider time, CancellationToken cancellationToken)
    {
        var announcementId = Guid.CreateVersion7(time.GetUtcNow());
        return announcements.CreateAsync(
            gate, id, announcementId, announcements.Store.StreamOf(announcementId),
            (state, now) => AllocationCommands.Announce(state, new AnnounceAllocation(id, announcementId, request.Input), now),
            $"/api/situation/crises/{id}/announcements/{announcementId}", http, time, cancellationToken);
    }

    private static async Task<Results<Ok<AnnouncementView>, ProblemHttpResult>> ChangeAsync(
        Guid id, Guid announcementId, AnnouncementRequest request, HttpContext http, CommandRunner<Announcement> announcements, AllocationBoard board, TimeProvider time, CancellationToken cancellationToken) =>
        Answers.Ok(
            await RunAsync(announcements, id, announcementId, (state, now) => AllocationCommands.Change(state, new ChangeAllocation(request.Input, request.Reason), now), http, time, cancellationToken),
            state => AnnouncementView.From(state, board.PlacedFor(state.Id)));

    private static async Task<Results<Ok<AnnouncementView>, ProblemHttpResult>> CancelAsync(
        Guid id, Guid announcementId, CancelAnnouncementRequest? request, HttpContext http, CommandRunner<Announcement> announcements, AllocationBoard board, TimeProvider time, CancellationToken cancellationToken) =>
        Answers.Ok(
            await RunAsync(announcements, id, announcementId, (state, now) => AllocationCommands.Cancel(state, new CancelAllocation(request?.Reason), now), http, time, cancellationToken),
            state => AnnouncementView.From(state, board.PlacedFor(state.Id)));

    private static async Task<Results<Created<CreatedId>, ProblemHttpResult>> RecordArrivalAsync(
        Guid id, Guid announcementId, ArrivalRequest request, HttpContext http, CommandRunner<Announcement> announcements, TimeProvider time, CancellationToken cancellationToken)
    {
        var arrivalId = Guid.CreateVersion7(time.GetUtcNow());
        var outcome = await RunAsync(
            announcements, id, announcementId,
            (state, now) => AllocationCommands.RecordArrival(state, new RecordArrival(arrivalId, request.People, request.Households, request.ArrivedAt), now),
            http, time, cancellationToken);
        return Answers.Created(outcome, $"/api/situation/crises/{id}/announcements/{announcementId}", _ => new CreatedId(arrivalId));
    }

    private static Results<Ok<AllocationTotals>, ProblemHttpResult> List(Guid id, AllocationBoard board) =>
        TypedResults.Ok(AllocationViews.Totals(board, id));

    private static Results<Ok<AnnouncementView>, ProblemHttpResult> Get(Guid id, Guid announcementId, AllocationBoard board) =>
        Answers.Found(
            board.Find(id, announcementId) is { } found ? AnnouncementView.From(found, board.PlacedFor(found.Id)) : null,
            () => NotFound(id, announcementId));

    /// <summary><c>?from=2022-03-14</c> (default: today, UTC): seven days of announced and arrived people.</summary>
    private static Ok<IReadOnlyList<CalendarDay>> GetCalendar(Guid id, DateOnly? from, AllocationBoard board, TimeProvider time) =>
        TypedResults.Ok(AllocationViews.Calendar(board, id, from ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));

    /// <summary>A command on an announcement of this crisis; 404 when the crisis has no such announcement.</summary>
    private static Task<CommandResult<Announcement>> RunAsync(
        CommandRunner<Announcement> announcements, Guid crisisId, Guid announcementId, CommandRunner<Announcement>.Decide decide,
        HttpContext http, TimeProvider time, CancellationToken cancellationToken) =>
        announcements.ChangeAsync(
            crisisId, announcementId, state => state.Exists && state.CrisisId == crisisId, () => NotFound(crisisId, announcementId), decide, http, time, cancellationToken);

    private static DomainError NotFound(Guid crisisId, Guid announcementId) =>
        DomainError.NotFound("announcement", $"Crisis {crisisId} has no announcement {announcementId}.");
}
