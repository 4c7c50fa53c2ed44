using System.Collections.Immutable;
using Krisenstab.Tasking.Tasks;

namespace Krisenstab.Tasking.Queries;

/// <summary>A task as the queries see it: its state, who issued it, and every step since.</summary>
public sealed record TrackedTask(WorkTask Task, string? IssuedBy, ImmutableList<TaskStep> Steps);
