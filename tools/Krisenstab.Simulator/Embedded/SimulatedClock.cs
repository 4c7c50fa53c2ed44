namespace Krisenstab.Simulator.Embedded;

/// <summary>
/// The embedded installation's clock, set by the simulator: it shows the scenario's time (spring 2022), standing at each
/// step's moment while the step is sent and between steps running at the compression up to the next step's moment — so
/// every event carries its step's time, and a slow machine slows the scenario down instead of shifting its events. It
/// never goes back. Timers (sweeps, timeouts) keep real time.
/// </summary>
public sealed class SimulatedClock(DateTimeOffset start, double rate) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _base = start;
    private long _baseTimestamp = System.GetTimestamp();
    private DateTimeOffset _limit = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return Now();
        }
    }

    /// <summary>Moves the clock to <paramref name="moment"/> (unless it is past it already); it then runs on, at most to <paramref name="until"/>.</summary>
    public void AdvanceTo(DateTimeOffset moment, DateTimeOffset until)
    {
        lock (_lock)
        {
            var now = Now();
            _base = moment > now ? moment : now;
            _baseTimestamp = System.GetTimestamp();
            _limit = until > _base ? until : _base;
        }
    }

    private DateTimeOffset Now()
    {
        var running = _base + System.GetElapsedTime(_baseTimestamp) * rate;
        return running < _limit ? running : _limit;
    }
}
