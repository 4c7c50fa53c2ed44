using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Krisenstab.SituationReports.Common;

/// <summary>Command outcomes as HTTP answers: the refusal as a problem detail, or 201/200 with a body.</summary>
public static class Answers
{
    public static Results<Created<T>, ProblemHttpResult> Created<TState, T>(CommandResult<TState> outcome, string location, Func<TState, T> body) =>
        outcome.Error is { } error ? error.ToProblem() : TypedResults.Created(location, body(outcome.State));

    public static Results<Ok<T>, ProblemHttpResult> Ok<TState, T>(CommandResult<TState> outcome, Func<TState, T> body) =>
        outcome.Error is { } error ? error.ToProblem() : TypedResults.Ok(body(outcome.State));

    public static Results<Ok<T>, ProblemHttpResult> Found<T>(T? value, Func<DomainError> notFound)
        where T : class => value is null ? notFound().ToProblem() : TypedResults.Ok(value);
}

public sealed record CreatedId(Guid Id);
