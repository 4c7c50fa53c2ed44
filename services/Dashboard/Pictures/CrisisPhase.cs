namespace Krisenstab.Dashboard.Pictures;

public enum CrisisPhase
{
    /// <summary>Only later events have arrived so far (the bus does not promise order across streams).</summary>
    Unknown,
    Open,
    Closed,
}
