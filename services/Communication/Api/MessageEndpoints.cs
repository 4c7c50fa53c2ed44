using Krisenstab.Communication.Messages;
using Krisenstab.Communication.Recipients;
using Krisenstab.Contracts.Communication;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Communication.Api;

/// <summary>Drafting and the four-eyes path: draft, revise, submit, approve or reject, publish, correct, retract.</summary>
public static class MessageEndpoints
{
    public static void MapMessageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/messages", DraftAsync).RequireRoles(CommunicationApi.WriterRoles);
        api.MapPut("/messages/{id:guid}", ReviseAsync).RequireRoles(CommunicationApi.WriterRoles);
        api.MapPost("/messages/{id:guid}/submit", SubmitAsync).RequireRoles(CommunicationApi.WriterRoles);
        api.MapPost("/messages/{id:guid}/approve", ApproveAsync).RequireRoles(CommunicationApi.ApproverRoles);
        api.MapPost("/messages/{id:guid}/reject", RejectAsync).RequireRoles(CommunicationApi.ApproverRoles);
        api.MapPost("/messages/{id:guid}/publish", PublishAsync).RequireRoles(CommunicationApi.ApproverRoles);
        api.MapPost("/messages/{id:guid}/corrections", CorrectAsync).RequireRoles(CommunicationApi.WriterRoles);
        api.MapPost("/messages/{id:guid}/retract", RetractAsync).RequireRoles(CommunicationApi.ApproverRoles);
    }

    /// <summary>201 with the message's id; with an <c>Idempotency-Key</c> the id is derived from it, so a retry drafts once.</summary>
    private static async Task<Results<Created<Created>, ProblemHttpResult>> DraftAsync(
        DraftMessageRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, CommandRunner<Message> messages, CommunicationSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Audience is not { } audience)
        {
            return DomainError.Invalid("audience", "'audience' must be public, council, volunteers, refugees or staff.").ToProblem();
        }
        var (key, badKey) = IdempotencyKey.From(idempotencyKey, Guid.Empty, "draft-message", request);
        if (badKey is not null)
        {
            return badKey.ToProblem();
        }
        var id = IdempotencyKey.NewId(key, "message", time);
        var metadata = CommandMetadata.For(http, time, request.CrisisId == Guid.Empty ? null : request.CrisisId);
        var command = new DraftMessage(id, request.CrisisId, audience, request.Channels, request.Texts, request.ValidUntil, ActorOf(metadata));
        var drafted = await messages.RunAsync(
            messages.Store.StreamOf(id), (state, now) => MessageCommands.Draft(state, command, settings.Channels, now), metadata, cancellationToken, key);
        return drafted.Error is { } error ? error.ToProblem() : TypedResults.Created($"{CommunicationApi.Prefix}/messages/{id}", new Created(id));
    }

    private static Task<Results<Ok<MessageView>, ProblemHttpResult>> ReviseAsync(
        Guid id, ReviseMessageRequest request, HttpContext http, CommandRunner<Message> messages, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, messages, time, (state, actor, now) => MessageCommands.Revise(state, new ReviseMessage(request.Texts, request.ValidUntil, actor), now), cancellationToken);

    private static Task<Results<Ok<MessageView>, ProblemHttpResult>> SubmitAsync(
        Guid id, HttpContext http, CommandRunner<Message> messages, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, messages, time, MessageCommands.Submit, cancellationToken);

    private static Task<Results<Ok<MessageView>, ProblemHttpResult>> ApproveAsync(
        Guid id, HttpContext http, CommandRunner<Message> messages, TimeProvider time, CancellationToken cancellationToken)
    {
        var role = http.User.IsInRole(Roles.Head) ? Roles.Head : http.User.IsInRole(Roles.Press) ? Roles.Press : null;
        return ChangeAsync(id, http, messages, time, (state, actor, now) => MessageCommands.Approve(state, new ApproveMessage(actor, role), now), cancellationToken);
    }

    private static Task<Results<Ok<MessageView>, ProblemHttpResult>> RejectAsync(
        Guid id, ReasonRequest request, HttpContext http, CommandRunner<Message> messages, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, messages, time, (state, actor, now) => MessageCommands.Reject(state, actor, request.Reason, now), cancellationToken);

    private static Task<Results<Ok<MessageView>, ProblemHttpResult>> PublishAsync(
        Guid id, HttpContext http, CommandRunner<Message> messages, DeliveryTargets targets, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, messages, time, (state, actor, now) => MessageCommands.Publish(state, targets.For(state), actor, now), cancellationToken);

    private static Task<Results<Ok<MessageView>, ProblemHttpResult>> CorrectAsync(
        Guid id, CorrectMessageRequest request, HttpContext http, CommandRunner<Message> messages, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, messages, time, (state, actor, now) => MessageCommands.Correct(state, new CorrectMessage(request.Texts, request.ValidUntil, request.Note, actor), now), cancellationToken);

    private static Task<Results<Ok<MessageView>, ProblemHttpResult>> RetractAsync(
        Guid id, ReasonRequest request, HttpContext http, CommandRunner<Message> messages, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, messages, time, (state, actor, now) => MessageCommands.Retract(state, actor, request.Reason, now), cancellationToken);

    private static async Task<Results<Ok<MessageView>, ProblemHttpResult>> ChangeAsync(
        Guid id, HttpContext http, CommandRunner<Message> messages, TimeProvider time, Func<Message, string, DateTimeOffset, Decision> decide, CancellationToken cancellationToken)
    {
        // Every event of a message names its crisis in the metadata, so the dashboard journals the steps whose events do not.
        var crisisId = (await messages.Store.LoadAsync(id, cancellationToken)).State.CrisisId;
        var metadata = CommandMetadata.For(http, time, crisisId == Guid.Empty ? null : crisisId);
        var actor = ActorOf(metadata);
        var changed = await messages.RunAsync(messages.Store.StreamOf(id), (state, now) => decide(state, actor, now), metadata, cancellationToken);
        return changed.Error is { } error ? error.ToMessageProblem() : TypedResults.Ok(MessageView.From(changed.State));
    }

    private static string ActorOf(Contracts.EventMetadata metadata) => metadata.ActorId ?? "unknown";
}
