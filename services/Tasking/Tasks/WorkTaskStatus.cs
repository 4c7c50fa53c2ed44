namespace Krisenstab.Tasking.Tasks;

/// <summary>Where a task stands in its lifecycle: issued → accepted → in progress → done, or cancelled.</summary>
public enum WorkTaskStatus
{
    Issued,
    Accepted,
    InProgress,
    Done,
    Cancelled,
}
