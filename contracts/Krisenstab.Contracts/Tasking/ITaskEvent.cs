namespace Krisenstab.Contracts.Tasking;

/// <summary>Every tasking event concerns one task and names the unit responsible for it after the change.</summary>
public interface ITaskEvent
{
    Guid TaskId { get; }

    string Unit { get; }
}
