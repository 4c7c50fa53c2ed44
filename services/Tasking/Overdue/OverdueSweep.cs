using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.Tasking.Queries;
using Krisenstab.Tasking.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Tasking.Overdue;

/// <summary>
/// Marks open tasks overdue when their due time passes, and reminds their unit the configured time before. Driven by
/// the <see cref="TimeProvider"/> (a fake clock in tests). Each escalation is an ordinary guarded command on the task's
/// stream, appended under the version it was decided on: when several replicas sweep at once, the later append
/// conflicts, is decided again on the new state, and comes to nothing — so each is recorded exactly once.
/// </summary>
public sealed class OverdueSweep(
    TaskBoard board,
    CommandRunner<WorkTask> tasks,
    TimeProvider time,
    TaskingSettings settings,
    ILogger<OverdueSweep> logger) : BackgroundService
{
    public const string Actor = "tasking-overdue";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogWarning(failure, "Escalating overdue tasks failed; trying again at the next tick.");
            }
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = board.Tasks
            .Where(t => WorkTaskCommands.Escalate(t.Task, settings.ReminderBefore, now).Events.Count > 0)
            .Select(t => t.Task.Id)
            .ToList();
        foreach (var taskId in due)
        {
            var metadata = new EventMetadata { OccurredAt = now, ActorId = Actor, CorrelationId = Guid.CreateVersion7(now), CrisisId = board.Find(taskId)?.Task.CrisisId };
            await tasks.ChangeAsync(taskId, (task, at) => WorkTaskCommands.Escalate(task, settings.ReminderBefore, at), metadata, cancellationToken);
        }
    }
}
