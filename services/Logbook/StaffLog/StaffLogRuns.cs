using Krisenstab.ServiceDefaults.Commands;

namespace Krisenstab.Logbook.StaffLog;

/// <summary>The staff log's stream: one per crisis, <c>stafflog-{crisisId}</c>.</summary>
public static class StaffLogRuns
{
    public const string Category = "stafflog";
}
