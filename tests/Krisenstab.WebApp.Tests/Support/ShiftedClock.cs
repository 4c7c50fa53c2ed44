namespace Krisenstab.WebApp.Tests.Support;

/// <summary>The real clock moved by <see cref="Offset"/>: the gateway can record an event "hours ago" and then run on in real time.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
