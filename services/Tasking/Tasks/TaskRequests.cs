using Krisenstab.Contracts.Tasking;

namespace Krisenstab.Tasking.Tasks;

/// <summary>Issue a task to <paramref name="Unit"/> (a unit's code), due at <paramref name="DueAt"/>; the links say what it came from.</summary>
public sealed record IssueTaskRequest(
    string? Title,
    string? Description,
    string? Unit,
    TaskPriority? Priority,
    DateTimeOffset? DueAt,
    Guid? CrisisId,
    Guid? MeetingId,
    Guid? DecisionId,
    Guid? FacilityId,
    Guid? ReportId);

public sealed record TaskNoteRequest(string? Note);

public sealed record CancelTaskRequest(string? Reason);

public sealed record ReassignTaskRequest(string? Unit);

public sealed record ChangeDueTimeRequest(DateTimeOffset? DueAt);

public sealed record TaskCreated(Guid Id);
