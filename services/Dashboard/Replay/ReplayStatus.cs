namespace Krisenstab.Dashboard.Replay;

/// <summary>Where a replay stands: moving on at its speed, held, at its end, or stopped (disposed).</summary>
public enum ReplayStatus
{
    Playing,
    Paused,
    Ended,
    Stopped,
}
