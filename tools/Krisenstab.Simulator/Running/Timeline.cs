namespace Krisenstab.Simulator.Running;

/// <summary>
/// How scenario time meets real time and the installation's clock. A step at offset t is due t / compression after the
/// run began. While it is sent, the installation's clock shows the step's moment: the scenario's own date when the
/// simulator sets that clock (embedded), or simply now when the installation keeps real time (a running gateway). Times
/// inside the step (due, expiry, "as of") are placed from that moment — at the scenario's pace on the embedded clock,
/// compressed into real time otherwise — so they stay consistent with the installation's clock even when the run lags.
/// </summary>
public sealed class Timeline
{
    private readonly DateTimeOffset? _start;
    private readonly double _installationSecondsPerScenarioSecond;

    private Timeline(DateTimeOffset? start, double installationSecondsPerScenarioSecond, double compression)
    {
        _start = start;
        _installationSecondsPerScenarioSecond = installationSecondsPerScenarioSecond;
        Compression = compression;
    }

    public double Compression { get; }

    /// <summary>The installation's time while the step at <paramref name="stepAt"/> is sent (<paramref name="realNow"/>: the real time then).</summary>
    public DateTimeOffset StepMoment(TimeSpan stepAt, DateTimeOffset realNow) => _start is { } start ? start + stepAt : realNow;

    /// <summary>The installation's time for <paramref name="offset"/>, seen from the step at <paramref name="stepAt"/> sent at <paramref name="stepMoment"/>.</summary>
    public DateTimeOffset Instant(TimeSpan offset, TimeSpan stepAt, DateTimeOffset stepMoment) =>
        stepMoment + (offset - stepAt) * _installationSecondsPerScenarioSecond;

    /// <summary>Real time from the run's begin to the step at <paramref name="offset"/>.</summary>
    public TimeSpan RealTimeTo(TimeSpan offset) => offset / Compression;

    /// <summary>A run against the embedded host, whose clock starts at the scenario's first day and is set to each step's moment.</summary>
    public static Timeline Embedded(DateOnly start, double compression) =>
        new(new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), 1, compression);

    /// <summary>A run against an installation keeping real time.</summary>
    public static Timeline RealTime(double compression) => new(null, 1 / compression, compression);
}
