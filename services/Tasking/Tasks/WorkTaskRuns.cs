using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults.Commands;

namespace Krisenstab.Tasking.Tasks;

/// <summary>Commands on a task through the shared <see cref="CommandRunner{TState}"/>; one stream per task (<c>task-{id}</c>).</summary>
public static class WorkTaskRuns
{
    public const string Category = "task";

    /// <summary>A command on an issued task; 404 when there is none.</summary>
    public static Task<CommandResult<WorkTask>> ChangeAsync(
        this CommandRunner<WorkTask> tasks,
        Guid taskId,
        CommandRunner<WorkTask>.Decide decide,
        EventMetadata metadata,
        CancellationToken cancellationToken,
        IdempotencyKey? key = null) =>
        tasks.RunAsync(
            tasks.Store.StreamOf(taskId),
            (task, now) => task.Exists ? decide(task, now) : WorkTaskCommands.NotFound(taskId),
            metadata,
            cancellationToken,
            key);
}
