namespace Krisenstab.Simulator.Scenario.Commands;

/// <summary>The first crisis meeting (Lagebesprechung); later ones are scheduled when the previous one closes.</summary>
public sealed record ScheduleMeeting(TimeSpan At, string Key, TimeSpan StartsAt, IReadOnlyList<string> Functions) : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var body = new { startsAt = run.Instant(StartsAt), attendees = Functions.Select(f => new { function = f }) };
        await run.CreateAsync(Key, $"/api/situation/crises/{run.CrisisId}/meetings", body, cancellationToken);
    }
}

public sealed record AddMeetingNote(TimeSpan At, string MeetingKey, string NoteKind, string Text, string Function) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken) =>
        run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/situation/crises/{run.CrisisId}/meetings/{run[MeetingKey]}/notes",
            new { kind = NoteKind, text = Text, function = Function }, cancellationToken);
}

/// <summary>A decision; with a task title it becomes a task for <see cref="Unit"/> (the tasking service issues it).</summary>
public sealed record RecordDecision(TimeSpan At, string MeetingKey, string Text, string? TaskTitle, string? Unit, TimeSpan? DueAt) : SimCommand(At)
{
    public override Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        var task = TaskTitle is null ? null : new { title = TaskTitle, responsibleUnit = Unit, dueAt = run.Instant(DueAt!.Value) };
        return run.SendAsync(Actor.Operator, HttpMethod.Post, $"/api/situation/crises/{run.CrisisId}/meetings/{run[MeetingKey]}/decisions",
            new { text = Text, task }, cancellationToken);
    }
}

public sealed record CloseMeeting(TimeSpan At, string MeetingKey, string NextKey, TimeSpan NextAt) : SimCommand(At)
{
    public override async Task RunAsync(IRunContext run, CancellationToken cancellationToken)
    {
        await run.CreateAsync(NextKey, $"/api/situation/crises/{run.CrisisId}/meetings/{run[MeetingKey]}/close",
            new { nextMeetingAt = run.Instant(NextAt) }, cancellationToken, idProperty: "nextMeetingId");
    }
}
