namespace Krisenstab.Contracts.Tasking;

/// <summary>How urgent a task is; on the wire in kebab case (<c>low</c> … <c>urgent</c>).</summary>
public enum TaskPriority
{
    Low,
    Normal,
    High,
    Urgent,
}
