using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.SituationReports.Common;
using Krisenstab.SituationReports.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.SituationReports.Meetings;

/// <summary>Crisis meetings (Lagebesprechungen): schedule, notes, decisions asking for tasks, close with the next one, minutes.</summary>
public static class MeetingEndpoints
{
    public const string Category = "meeting";

    public static void MapMeetingEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/crises/{id:guid}/meetings", ScheduleAsync).RequireChangeRole();
        api.MapPost("/crises/{id:guid}/meetings/{meetingId:guid}/notes", NoteAsync).RequireChangeRole();
        api.MapPost("/crises/{id:guid}/meetings/{meetingId:guid}/decisions", DecideAsync).RequireChangeRole();
        api.MapPost("/crises/{id:guid}/meetings/{meetingId:guid}/close", CloseAsync).RequireChangeRole();
        api.MapGet("/crises/{id:guid}/meetings", List).RequireReadRole();
        api.MapGet("/crises/{id:guid}/meetings/{meetingId:guid}", GetAsync).RequireReadRole();
        api.MapGet("/crises/{id:guid}/meetings/{meetingId:guid}/minutes", MinutesAsync).RequireReadRole();
    }

    private static Task<Results<Created<CreatedId>, ProblemHttpResult>> ScheduleAsync(
        Guid id, ScheduleMeetingRequest request, HttpContext http, CrisisGate gate, CommandRunner<Meeting> meetings, StaffFunctions functions, TimeProvider time, CancellationToken cancellationToken)
    {
        var meetingId = Guid.CreateVersion7(time.GetUtcNow());
        return meetings.CreateAsync(
            gate, id, meetingId, meetings.Store.StreamOf(meetingId),
            (state, now) => MeetingCommands.Schedule(state, new ScheduleMeeting(id, meetingId, request.StartsAt, request.Attendees), functions, now),
            Location(id, meetingId), http, time, cancellationToken);
    }

    private static async Task<Results<Created<CreatedId>, ProblemHttpResult>> NoteAsync(
        Guid id, Guid meetingId, NoteRequest request, HttpContext http, CommandRunner<Meeting> meetings, StaffFunctions functions, TimeProvider time, CancellationToken cancellationToken)
    {
        var noteId = Guid.CreateVersion7(time.GetUtcNow());
        var outcome = await RunAsync(
            meetings, id, meetingId, (state, now) => MeetingCommands.Note(state, new RecordNote(noteId, request.Kind, request.Text, request.Function), functions, now),
            http, time, cancellationToken);
        return Answers.Created(outcome, Location(id, meetingId), _ => new CreatedId(noteId));
    }

    private static async Task<Results<Created<DecisionCreated>, ProblemHttpResult>> DecideAsync(
        Guid id, Guid meetingId, DecisionRequest request, HttpContext http, CommandRunner<Meeting> meetings, StaffFunctions functions, TimeProvider time, CancellationToken cancellationToken)
    {
        var decisionId = Guid.CreateVersion7(time.GetUtcNow());
        var taskRequestId = Guid.CreateVersion7(time.GetUtcNow());
        var outcome = await RunAsync(
            meetings, id, meetingId,
            (state, now) => MeetingCommands.Decide(state, new RecordDecision(decisionId, request.Text, request.Task, taskRequestId), functions, now),
            http, time, cancellationToken);
        return Answers.Created(outcome, Location(id, meetingId), _ => new DecisionCreated(decisionId, request.Task is null ? null : taskRequestId));
    }

    private static async Task<Results<Ok<MeetingClosedResponse>, ProblemHttpResult>> CloseAsync(
        Guid id, Guid meetingId, CloseMeetingRequest request, HttpContext http, JointCommandRunner runner, AggregateStore<Meeting> meetings, StaffFunctions functions,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var nextId = Guid.CreateVersion7(time.GetUtcNow());
        var outcome = await runner.RunAsync(
            meetings.At(meetingId),
            meetings.At(nextId),
            (state, next, now) => Belongs(state, id) ? MeetingCommands.Close(state, next, new CloseMeeting(nextId, request.NextMeetingAt), functions, now) : MeetingCommands.NotFound(id, meetingId),
            CommandMetadata.For(http, time, id),
            cancellationToken);
        return Answers.Ok(outcome, states => new MeetingClosedResponse(nextId, states.Item2.StartsAt));
    }

    private static Ok<MeetingList> List(Guid id, MeetingIndex index)
    {
        var meetings = index.Of(id);
        return TypedResults.Ok(new MeetingList(meetings.FirstOrDefault(m => !m.Closed), meetings));
    }

    private static async Task<Results<Ok<MeetingView>, ProblemHttpResult>> GetAsync(Guid id, Guid meetingId, AggregateStore<Meeting> meetings, CancellationToken cancellationToken)
    {
        var meeting = (await meetings.LoadAsync(meetingId, cancellationToken)).State;
        return Answers.Found(Belongs(meeting, id) ? MeetingView.From(meeting) : null, () => MeetingCommands.NotFound(id, meetingId));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> MinutesAsync(Guid id, Guid meetingId, AggregateStore<Meeting> meetings, CancellationToken cancellationToken)
    {
        var meeting = (await meetings.LoadAsync(meetingId, cancellationToken)).State;
        return Belongs(meeting, id)
            ? TypedResults.Text(MeetingMinutes.Render(meeting), MeetingMinutes.ContentType)
            : MeetingCommands.NotFound(id, meetingId).ToProblem();
    }

    private static Task<CommandResult<Meeting>> RunAsync(
        CommandRunner<Meeting> meetings, Guid crisisId, Guid meetingId, CommandRunner<Meeting>.Decide decide, HttpContext http, TimeProvider time, CancellationToken cancellationToken) =>
        meetings.ChangeAsync(crisisId, meetingId, state => Belongs(state, crisisId), () => MeetingCommands.NotFound(crisisId, meetingId), decide, http, time, cancellationToken);

    private static bool Belongs(Meeting meeting, Guid crisisId) => meeting.Exists && meeting.CrisisId == crisisId;

    private static string Location(Guid crisisId, Guid meetingId) => $"/api/situation/crises/{crisisId}/meetings/{meetingId}";
}
