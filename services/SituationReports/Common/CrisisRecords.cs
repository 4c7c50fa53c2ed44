using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Krisenstab.SituationReports.Common;

/// <summary>The two ways a command reaches a record of a crisis (announcement, report, meeting, …), written once.</summary>
public static class CrisisRecords
{
    /// <summary>A new record of an open crisis in <paramref name="stream"/>: 404/409 when the crisis is missing or closed, else 201 with <paramref name="recordId"/>.</summary>
    public static async Task<Results<Created<CreatedId>, ProblemHttpResult>> CreateAsync<TState>(
        this CommandRunner<TState> runner, CrisisGate gate, Guid crisisId, Guid recordId, StreamName stream, CommandRunner<TState>.Decide decide,
        string location, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await gate.MustBeOpenAsync(crisisId, cancellationToken) is { } refused)
        {
            return refused.ToProblem();
        }
        var outcome = await runner.RunAsync(stream, decide, CommandMetadata.For(http, time, crisisId), cancellationToken);
        return Answers.Created(outcome, location, _ => new CreatedId(recordId));
    }

    /// <summary>A command on the record in stream <c>{category}-{recordId}</c>, decided only when <paramref name="belongs"/> says it is this crisis's.</summary>
    public static Task<CommandResult<TState>> ChangeAsync<TState>(
        this CommandRunner<TState> runner, Guid crisisId, Guid recordId, Func<TState, bool> belongs, Func<DomainError> notFound, CommandRunner<TState>.Decide decide,
        HttpContext http, TimeProvider time, CancellationToken cancellationToken) =>
        runner.RunAsync(
            runner.Store.StreamOf(recordId),
            (state, now) => belongs(state) ? decide(state, now) : notFound(),
            CommandMetadata.For(http, time, crisisId),
            cancellationToken);
}
