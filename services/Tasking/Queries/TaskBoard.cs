using System.Collections.Immutable;
using Krisenstab.Contracts.Tasking;
using Krisenstab.EventStore;
using Krisenstab.Tasking.Tasks;

namespace Krisenstab.Tasking.Queries;

/// <summary>
/// Every task with its history — the read model behind the queries and the overdue sweep. Kept in memory and rebuilt
/// from the start of the store when the process starts (a district has thousands of tasks, not millions). Folded with
/// the same <see cref="WorkTask.Apply"/> as the commands, so both sides agree.
/// </summary>
public sealed class TaskBoard
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, TrackedTask> _tasks = ImmutableDictionary<Guid, TrackedTask>.Empty;

    public IEnumerable<TrackedTask> Tasks => _tasks.Values;

    public TrackedTask? Find(Guid taskId) => _tasks.GetValueOrDefault(taskId);

    /// <summary>Folds in one event of the module's store; events of other kinds pass by.</summary>
    public void Apply(object @event, RecordedEvent recorded)
    {
        if (@event is not ITaskEvent change)
        {
            return;
        }
        var step = new TaskStep(recorded.EventType, recorded.Metadata.OccurredAt, recorded.Metadata.ActorId, NoteOf(@event));
        lock (_gate)
        {
            var before = _tasks.GetValueOrDefault(change.TaskId) ?? new TrackedTask(WorkTask.None, recorded.Metadata.ActorId, []);
            _tasks = _tasks.SetItem(change.TaskId, before with { Task = before.Task.Apply(@event), Steps = before.Steps.Add(step) });
        }
    }

    private static string? NoteOf(object @event) => @event switch
    {
        TaskProgressReported e => e.Note,
        TaskCompleted e => e.Note,
        TaskCancelled e => e.Reason,
        TaskReassigned e => $"{e.PreviousUnit} → {e.Unit}",
        TaskDueTimeChanged e => $"{e.PreviousDueAt:O} → {e.DueAt:O}",
        _ => null,
    };
}
