namespace Krisenstab.Logbook.MessageLog;

/// <summary>The message log's stream: one per crisis, <c>messagelog-{crisisId}</c>.</summary>
public static class MessageLogRuns
{
    public const string Category = "messagelog";
}
