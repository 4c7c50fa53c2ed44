using Krisenstab.Contracts.Tasking;
using Krisenstab.Tasking.Tasks;

namespace Krisenstab.Tasking.Queries;

/// <summary>A unit's workload: its open tasks, how many are overdue, and the open ones by priority.</summary>
public sealed record UnitWorkload(string Unit, string Name, int Open, int Overdue, int InProgress, IReadOnlyDictionary<TaskPriority, int> OpenByPriority)
{
    public static UnitWorkload Of(string unit, string name, IEnumerable<WorkTask> tasks)
    {
        var open = tasks.Where(t => t.IsOpen && string.Equals(t.Unit, unit, StringComparison.OrdinalIgnoreCase)).ToList();
        return new UnitWorkload(
            unit,
            name,
            open.Count,
            open.Count(t => t.IsOverdue),
            open.Count(t => t.Status == WorkTaskStatus.InProgress),
            Enum.GetValues<TaskPriority>().ToDictionary(p => p, p => open.Count(t => t.Priority == p)));
    }
}
