using Krisenstab.Communication.Board;
using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Communication.Api;

/// <summary>The queries: every message, the approver's queue, what is published per audience and language, a message's history.</summary>
public static class QueryEndpoints
{
    public static void MapQueryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/messages", (MessageBoard board) => TypedResults.Ok(board.All.Select(SummaryView.From).ToList())).RequireRoles(Roles.All);
        api.MapGet("/approvals", (MessageBoard board) => TypedResults.Ok(board.AwaitingApproval.Select(SummaryView.From).ToList())).RequireRoles(Roles.All);
        api.MapGet("/published/{audience}/{language}", Published).RequireRoles(Roles.All);
        api.MapGet("/messages/{id:guid}", HistoryAsync).RequireRoles(Roles.All);
    }

    private static Results<Ok<List<PublishedView>>, ProblemHttpResult> Published(string audience, string language, MessageBoard board)
    {
        if (FeedRoute.Parse(audience, language) is not ({ } parsed, { } tag))
        {
            return FeedRoute.Invalid(audience).ToProblem();
        }
        return TypedResults.Ok(board.PublishedFor(parsed, tag, feedOnly: false).Select(m => PublishedView.From(m, tag)).ToList());
    }

    private static async Task<Results<Ok<MessageView>, ProblemHttpResult>> HistoryAsync(Guid id, AggregateStore<Message> messages, CancellationToken cancellationToken)
    {
        var loaded = await messages.LoadAsync(id, cancellationToken);
        return loaded.State.Exists ? TypedResults.Ok(MessageView.From(loaded.State)) : DomainError.NotFound("message", $"There is no message {id}.").ToProblem();
    }
}

/// <summary>A published message in one language.</summary>
public sealed record PublishedView(
    Guid Id, int Version, string Language, string Direction, string Title, string Text, DateTimeOffset PublishedAt, DateTimeOffset? ValidUntil,
    string? CorrectionNote, string? RetractionReason)
{
    public static PublishedView From(MessageSummary m, string language)
    {
        var published = m.Published!;
        var text = TextView.From(published.In(language)!);
        return new(m.Id, published.Version, text.Language, text.Direction, text.Title, text.Text, published.PublishedAt, published.ValidUntil,
            published.CorrectionNote, published.RetractionReason);
    }
}

/// <summary>The audience and language of a feed route, checked.</summary>
public static class FeedRoute
{
    public static (Audience? Audience, string? Language) Parse(string audience, string language) =>
        (audience.Length > 0 && char.IsLetter(audience[0]) && Enum.TryParse<Audience>(audience, ignoreCase: true, out var parsed) ? parsed : null,
         LanguageTag.Normalize(language));

    public static DomainError Invalid(string audience) =>
        Parse(audience, "de").Audience is null
            ? DomainError.Invalid("audience", "The audience must be public, council, volunteers, refugees or staff.")
            : DomainError.Invalid("language", "The language must be a BCP 47 tag (e.g. de, uk, ar).");
}
