using Krisenstab.ServiceDefaults;

namespace Krisenstab.Dashboard.Replay;

/// <summary>The body of <c>POST …/replays</c>: the period, the speed (default 60×) and whether to start held (step by step).</summary>
public sealed record StartReplayRequest(DateTimeOffset? From, DateTimeOffset? To, double? Speed, bool? Paused);

/// <summary>The body of <c>PUT …/replays/{id}/speed</c>.</summary>
public sealed record ReplaySpeedRequest(double? Speed);

/// <summary>The body of <c>POST …/replays/{id}/jump</c>: the moment to show.</summary>
public sealed record ReplayJumpRequest(DateTimeOffset? Moment);

/// <summary>A checked start: <see cref="From"/> ≤ <see cref="To"/>, a speed from 1× to 3600×.</summary>
public sealed record ReplayStart(DateTimeOffset From, DateTimeOffset To, double Speed, bool Paused)
{
    public const double DefaultSpeed = 60;
    public const double MinSpeed = 1;
    public const double MaxSpeed = 3600;

    public static (ReplayStart? Start, DomainError? Error) Read(StartReplayRequest request)
    {
        if (request.From is not { } from)
        {
            return (null, DomainError.Invalid("from", "'from' is the moment the replay starts at, e.g. 2025-03-01T08:00:00Z."));
        }
        if (request.To is not { } to)
        {
            return (null, DomainError.Invalid("to", "'to' is the moment the replay ends at, e.g. 2025-03-02T08:00:00Z."));
        }
        if (from > to)
        {
            return (null, DomainError.Invalid("to", "'to' must not be before 'from'."));
        }
        var speed = request.Speed ?? DefaultSpeed;
        return SpeedError(speed) is { } error ? (null, error) : (new ReplayStart(from, to, speed, request.Paused ?? false), null);
    }

    public static DomainError? SpeedError(double? speed) =>
        speed is >= MinSpeed and <= MaxSpeed ? null
        : DomainError.Invalid("speed", $"'speed' is how many times faster than it happened: from {MinSpeed} to {MaxSpeed}.");

    public static DomainError? MomentError(ReplaySession session, DateTimeOffset? moment) =>
        moment is { } m && m >= session.From && m <= session.To ? null
        : DomainError.Invalid("moment", $"'moment' must lie within the replay, from {session.From:O} to {session.To:O}.");
}
