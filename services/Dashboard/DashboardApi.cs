using Krisenstab.Dashboard.Analysis;
using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Exports;
using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Lessons;
using Krisenstab.Dashboard.Logbook;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Dashboard.Replay;
using Krisenstab.Dashboard.Snapshots;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Dashboard;

/// <summary>The dashboard's HTTP API under <c>/api/dashboard</c>: situation pictures, the accommodation board and the journals (read only).</summary>
public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/dashboard").WithTags("Dashboard");
        api.MapGet("/crises", ListPictures).RequireRoles(Roles.All);
        api.MapGet("/crises/{id:guid}/picture", GetPictureAsync).RequireRoles(Roles.All);
        api.MapGet("/crises/{id:guid}/journal", GetCrisisJournalAsync).RequireRoles(Roles.All);
        api.MapGet("/crises/{id:guid}/feed", GetFeed).RequireRoles(Roles.All);
        api.MapGet("/accommodation", GetBoardAsync).RequireRoles(Roles.All);
        api.MapGet("/accommodation/journal", GetAccommodationJournalAsync).RequireRoles(Roles.All);
        api.MapCrisisAudit();
        api.MapJournalVerification();
        api.MapReplays();
        api.MapLessons();
        api.MapExports();
        api.MapAnalysis();
        api.MapStaffLog();
        return api;
    }

    private static Ok<IReadOnlyList<SituationPicture>> ListPictures(SituationPictures pictures) => TypedResults.Ok(pictures.All());

    /// <summary>The live picture, or with <c>asOf</c> the picture as it was then: the journals folded up to that time.</summary>
    private static async Task<Results<Ok<SituationPicture>, ProblemHttpResult>> GetPictureAsync(
        Guid id, string? asOf, SituationPictures pictures, PictureMoments moments, CancellationToken cancellationToken)
    {
        var (time, error) = AsOfParameter.Read(asOf);
        if (error is not null)
        {
            return error.ToProblem();
        }
        if (time is null)
        {
            return pictures.Find(id) is { } live ? TypedResults.Ok(live) : NoPicture(id);
        }
        return await moments.PictureAsync(id, time.Value, cancellationToken) is { } then ? TypedResults.Ok(then) : NoPicture(id);
    }

    /// <summary>The live board, or with <c>asOf</c> the board as it was then. Empty (not 404) before the first facility.</summary>
    private static async Task<Results<Ok<AccommodationBoard>, ProblemHttpResult>> GetBoardAsync(
        string? asOf, LiveAccommodationBoard board, PictureMoments moments, CancellationToken cancellationToken)
    {
        var (time, error) = AsOfParameter.Read(asOf);
        if (error is not null)
        {
            return error.ToProblem();
        }
        return time is null
            ? TypedResults.Ok(board.Current)
            : TypedResults.Ok(await moments.BoardAsync(time.Value, cancellationToken));
    }

    /// <summary>The crisis's latest feed lines, newest first: <c>limit</c> of them (default 50, at most 500).</summary>
    private static Results<Ok<IReadOnlyList<FeedLine>>, ProblemHttpResult> GetFeed(Guid id, string? limit, SituationPictures pictures, LiveFeeds feeds)
    {
        var (lines, error) = FeedLimit.Read(limit);
        if (error is not null)
        {
            return error.ToProblem();
        }
        return pictures.Find(id) is null ? NoPicture(id) : TypedResults.Ok(feeds.Of(id, lines));
    }

    private static async Task<Results<Ok<IReadOnlyList<JournalEntryView>>, ProblemHttpResult>> GetCrisisJournalAsync(
        Guid id, DashboardJournal journal, CancellationToken cancellationToken)
    {
        var entries = await journal.ReadAsync(JournalStreams.Crisis(id), cancellationToken);
        return entries.Count == 0 ? NoPicture(id) : TypedResults.Ok(Views(entries));
    }

    private static async Task<Ok<IReadOnlyList<JournalEntryView>>> GetAccommodationJournalAsync(DashboardJournal journal, CancellationToken cancellationToken) =>
        TypedResults.Ok(Views(await journal.ReadAsync(JournalStreams.Accommodation, cancellationToken)));

    private static IReadOnlyList<JournalEntryView> Views(IReadOnlyList<JournalEntry> entries) => [.. entries.Select(JournalEntryView.From)];

    private static ProblemHttpResult NoPicture(Guid id) =>
        DomainError.NotFound("crisis", $"The dashboard knows nothing of crisis {id} (yet).").ToProblem();
}
