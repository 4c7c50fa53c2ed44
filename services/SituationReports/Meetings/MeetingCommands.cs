using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.SituationReports.Common;
using Krisenstab.SituationReports.Staff;

namespace Krisenstab.SituationReports.Meetings;

public sealed record AttendeeInput(string? Function, string? Unit);

public sealed record ScheduleMeeting(Guid CrisisId, Guid MeetingId, DateTimeOffset? StartsAt, IReadOnlyList<AttendeeInput?>? Attendees);

public sealed record RecordNote(Guid NoteId, MeetingNoteKind? Kind, string? Text, string? Function);

public sealed record TaskInput(string? Title, string? ResponsibleUnit, DateTimeOffset? DueAt);

public sealed record RecordDecision(Guid DecisionId, string? Text, TaskInput? Task, Guid TaskRequestId);

public sealed record CloseMeeting(Guid NextMeetingId, DateTimeOffset? NextMeetingAt);

/// <summary>Crisis meetings as pure decisions: schedule, note, decide (and ask for tasks), close and set the next one.</summary>
public static class MeetingCommands
{
    public const int MaxAttendees = 100;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4_000;

    public static Decision Schedule(Meeting state, ScheduleMeeting command, StaffFunctions functions, DateTimeOffset now)
    {
        var (attendees, invalid) = CheckAttendees(command.Attendees, functions);
        if ((Fields.Present(command.StartsAt, "startsAt") ?? invalid) is { } refused)
        {
            return refused;
        }
        if (state.Exists)
        {
            return DomainError.Conflict("meeting-exists", $"Meeting {command.MeetingId} exists already.");
        }
        return Decision.Accept(Scheduled(command.CrisisId, command.MeetingId, command.StartsAt!.Value, attendees, functions, null, now));
    }

    public static Decision Note(Meeting state, RecordNote command, StaffFunctions functions, DateTimeOffset now)
    {
        var function = command.Function is null ? (null, null) : functions.Resolve(command.Function, "function");
        var invalid = Fields.First(Fields.Present(command.Kind, "kind"), Fields.Required(command.Text, "text", MaxTextLength), function.Error);
        if ((invalid ?? MustBeOpen(state)) is { } refused)
        {
            return refused;
        }
        return Decision.Accept(new MeetingNoteRecorded(state.CrisisId, state.Id, command.NoteId, command.Kind!.Value, command.Text!.Trim(), function.Function?.Code, now));
    }

    /// <summary>A decision, and when it asks for a task the public <see cref="TaskRequested"/> that the tasks service turns into one.</summary>
    public static Decision Decide(Meeting state, RecordDecision command, StaffFunctions functions, DateTimeOffset now)
    {
        var (task, invalid) = command.Task is null ? (null, null) : CheckTask(command.Task, command.TaskRequestId, functions, now);
        if ((Fields.Required(command.Text, "text", MaxTextLength) ?? invalid ?? MustBeOpen(state)) is { } refused)
        {
            return refused;
        }
        var decided = new DecisionRecorded(state.CrisisId, state.Id, command.DecisionId, command.Text!.Trim(), task, now);
        return task is null
            ? Decision.Accept(decided)
            : Decision.Accept(decided, new TaskRequested(
                state.CrisisId, state.Id, command.DecisionId, task.TaskRequestId, task.Title, task.ResponsibleUnit, task.ResponsibleUnitName, task.DueAt, now));
    }

    /// <summary>Closes the meeting and schedules the next one, with the same attendees, in one atomic append to both streams.</summary>
    public static JointDecision Close(Meeting state, Meeting next, CloseMeeting command, StaffFunctions functions, DateTimeOffset now)
    {
        if (command.NextMeetingAt is not { } nextAt || nextAt <= state.StartsAt)
        {
            return DomainError.Invalid("nextMeetingAt", "'nextMeetingAt' is required and lies after this meeting's start: each meeting sets the next one.");
        }
        if (MustBeOpen(state) is { } closed)
        {
            return closed;
        }
        if (next.Exists)
        {
            return DomainError.Conflict("meeting-exists", $"Meeting {command.NextMeetingId} exists already.");
        }
        return JointDecision.Accept(
            [new MeetingClosed(state.CrisisId, state.Id, now, command.NextMeetingId, nextAt)],
            [Scheduled(state.CrisisId, command.NextMeetingId, nextAt, state.Attendees, functions, state.Id, now)]);
    }

    public static DomainError NotFound(Guid crisisId, Guid meetingId) =>
        DomainError.NotFound("meeting", $"Crisis {crisisId} has no meeting {meetingId}.");

    /// <summary>The agenda is the configured speaking order — only the attending functions' turns when attendees name functions.</summary>
    private static MeetingScheduled Scheduled(
        Guid crisisId, Guid meetingId, DateTimeOffset startsAt, IReadOnlyList<MeetingAttendee> attendees, StaffFunctions functions, Guid? previous, DateTimeOffset now)
    {
        var attending = attendees.Select(a => a.Function).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var turns = functions.SpeakingOrder.Where(f => attending.Count == 0 || attending.Contains(f.Code));
        return new MeetingScheduled(
            crisisId, meetingId, startsAt, attendees, [.. turns.Select((f, i) => new AgendaItem(i + 1, f.Code, f.Name))], previous, now);
    }

    private static DomainError? MustBeOpen(Meeting state) =>
        state.Closed is { } closed ? DomainError.Conflict("meeting-closed", $"Meeting {state.Id} was closed at {closed.ClosedAt:O}; record it in the next meeting.") : null;

    private static (IReadOnlyList<MeetingAttendee> Attendees, DomainError? Error) CheckAttendees(IReadOnlyList<AttendeeInput?>? inputs, StaffFunctions functions)
    {
        if (inputs?.Count > MaxAttendees)
        {
            return ([], DomainError.Invalid("attendees", $"'attendees' has more than {MaxAttendees} entries."));
        }
        var attendees = new List<MeetingAttendee>();
        foreach (var (input, i) in (inputs ?? []).Select((a, i) => (a, i)))
        {
            var field = $"attendees[{i}]";
            if (input is null || (string.IsNullOrWhiteSpace(input.Function) && string.IsNullOrWhiteSpace(input.Unit)))
            {
                return ([], DomainError.Invalid(field, $"'{field}' needs a function or a unit."));
            }
            var (function, badFunction) = input.Function is null ? (null, null) : functions.Resolve(input.Function, $"{field}.function");
            if ((badFunction ?? Fields.Optional(input.Unit, $"{field}.unit", MaxNameLength)) is { } invalid)
            {
                return ([], invalid);
            }
            attendees.Add(new MeetingAttendee(function?.Code, function?.Name, Fields.Trimmed(input.Unit)));
        }
        return (attendees, null);
    }

    private static (RequestedTask? Task, DomainError? Error) CheckTask(TaskInput task, Guid taskRequestId, StaffFunctions functions, DateTimeOffset now)
    {
        var (unit, badUnit) = functions.Resolve(task.ResponsibleUnit, "task.responsibleUnit");
        var invalid = Fields.First(
            Fields.Required(task.Title, "task.title", MaxNameLength),
            badUnit,
            task.DueAt is { } due && due > now ? null : DomainError.Invalid("task.dueAt", "'task.dueAt' is required and lies in the future."));
        return invalid is not null
            ? (null, invalid)
            : (new RequestedTask(taskRequestId, task.Title!.Trim(), unit!.Code, unit.Name, task.DueAt!.Value), null);
    }
}
