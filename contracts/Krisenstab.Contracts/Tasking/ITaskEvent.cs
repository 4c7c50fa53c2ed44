namespace Krisenstab.Contracts.Tasking;

/// <summary>Every tasking event concerns one task and names the unit responsible for it after the change.</summary>
public interface ITaskEvent
{
    Guid TaskId { get; }

    string Unit { get; }

    /// <summary>
    /// The task's title, so that a reader (the feed) can say which task without a lookup. An additive field of the
    /// later lifecycle events: empty in those stored before it was added.
    /// </summary>
    string Title { get; }
}
