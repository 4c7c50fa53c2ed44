using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Dashboard.Replay;

/// <summary>
/// <c>/api/dashboard/crises/{id}/replays…</c> (analyst or higher): start a replay of a crisis's period, hold it, play
/// on, change its speed, step, jump, stop. Every command answers the replay's frame and pushes it to its viewers;
/// viewers follow it on the situation hub (<c>JoinReplay</c>).
/// </summary>
public static class ReplayApi
{
    private delegate ReplayFrame Command(ReplaySession session, DateTimeOffset now);

    public static void MapReplays(this RouteGroupBuilder api)
    {
        var replays = api.MapGroup("/crises/{id:guid}/replays").RequireRoles(AnalysisRoles.AnalystOrHigher);
        replays.MapPost("", StartAsync);
        replays.MapGet("", (Guid id, Replays all) => TypedResults.Ok<IReadOnlyList<ReplayView>>([.. all.Of(id).Select(s => s.Current().Replay)]));
        replays.MapGet("/{replayId:guid}", (Guid id, Guid replayId, Replays all) => Run(all, id, replayId, (s, _) => s.Current()));
        replays.MapPost("/{replayId:guid}/pause", (Guid id, Guid replayId, Replays all) => Run(all, id, replayId, (s, now) => s.Pause(now)));
        replays.MapPost("/{replayId:guid}/resume", (Guid id, Guid replayId, Replays all) => Run(all, id, replayId, (s, now) => s.Resume(now)));
        replays.MapPost("/{replayId:guid}/step", (Guid id, Guid replayId, Replays all) => Run(all, id, replayId, (s, now) => s.Step(now)));
        replays.MapPut("/{replayId:guid}/speed", SetSpeed);
        replays.MapPost("/{replayId:guid}/jump", JumpAsync);
        replays.MapDelete("/{replayId:guid}", (Guid id, Guid replayId, Replays all) => Run(all, id, replayId, (s, _) => all.Stop(s), show: false));
    }

    private static async Task<Results<Created<ReplayFrame>, ProblemHttpResult>> StartAsync(
        Guid id, StartReplayRequest request, Replays replays, CancellationToken cancellationToken)
    {
        var (start, invalid) = ReplayStart.Read(request);
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }
        var (session, refused) = await replays.StartAsync(id, start!, cancellationToken);
        return refused is not null
            ? refused.ToProblem()
            : TypedResults.Created($"/api/dashboard/crises/{id}/replays/{session!.Id}", session.Current());
    }

    private static Results<Ok<ReplayFrame>, ProblemHttpResult> SetSpeed(Guid id, Guid replayId, ReplaySpeedRequest request, Replays replays) =>
        replays.Find(id, replayId) is not null && ReplayStart.SpeedError(request.Speed) is { } invalid
            ? invalid.ToProblem()
            : Run(replays, id, replayId, (s, now) => s.SetSpeed(now, request.Speed!.Value));

    private static async Task<Results<Ok<ReplayFrame>, ProblemHttpResult>> JumpAsync(
        Guid id, Guid replayId, ReplayJumpRequest request, Replays replays, CancellationToken cancellationToken)
    {
        if (replays.Find(id, replayId) is not { } session)
        {
            return Unknown(replayId);
        }
        if (ReplayStart.MomentError(session, request.Moment) is { } invalid)
        {
            return invalid.ToProblem();
        }
        var asOf = await replays.PictureAtAsync(id, request.Moment!.Value, cancellationToken);
        return Run(replays, id, replayId, (s, now) => s.Jump(now, request.Moment.Value, asOf));
    }

    private static Results<Ok<ReplayFrame>, ProblemHttpResult> Run(Replays replays, Guid crisisId, Guid replayId, Command command, bool show = true)
    {
        if (replays.Find(crisisId, replayId) is not { } session)
        {
            return Unknown(replayId);
        }
        var frame = command(session, replays.Now);
        if (show)
        {
            replays.Show(frame);
        }
        return TypedResults.Ok(frame);
    }

    private static ProblemHttpResult Unknown(Guid replayId) =>
        DomainError.NotFound("replay", $"No replay {replayId} of this crisis is running (stopped, disposed after nobody watched, or never started).").ToProblem();
}
