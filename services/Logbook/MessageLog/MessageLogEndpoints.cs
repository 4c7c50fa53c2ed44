using Krisenstab.Contracts.Logbook;
using Krisenstab.Documents;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.ServiceDefaults.PersonalData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Logbook.MessageLog;

/// <summary>The message log of a crisis: record a message, route it, acknowledge it, read it (also as CSV and PDF).</summary>
public static class MessageLogEndpoints
{
    private const string Path = "/crises/{crisisId:guid}/messages";

    public static void MapMessageLogEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(Path, async (Guid crisisId, CommandRunner<MessageLogState> logs, [FromKeyedServices(LogbookModule.StoreName)] PersonalDataVault vault, CancellationToken ct) =>
            TypedResults.Ok(await ViewsAsync(crisisId, logs, vault, ct)))
            .RequireRoles(LogbookApi.MessageReadRoles);
        api.MapGet($"{Path}.csv", async (Guid crisisId, CommandRunner<MessageLogState> logs, [FromKeyedServices(LogbookModule.StoreName)] PersonalDataVault vault, CancellationToken ct) =>
            TypedResults.Text(MessageLogCsv.Of(await ViewsAsync(crisisId, logs, vault, ct)), "text/csv; charset=utf-8"))
            .RequireRoles(LogbookApi.MessageReadRoles);
        api.MapGet($"{Path}.pdf", async (Guid crisisId, CommandRunner<MessageLogState> logs, [FromKeyedServices(LogbookModule.StoreName)] PersonalDataVault vault, DocumentFonts fonts, CancellationToken ct) =>
            TypedResults.File(MessageLogPdf.Render(crisisId, await ViewsAsync(crisisId, logs, vault, ct), fonts), "application/pdf", $"nachweisung-{crisisId}.pdf"))
            .RequireRoles(LogbookApi.MessageReadRoles);
        api.MapPost(Path, LogAsync).RequireRoles(LogbookApi.KeeperRoles);
        api.MapPost($"{Path}/{{messageId:guid}}/route", (Guid crisisId, Guid messageId, RouteMessageRequest request, HttpContext http, CommandRunner<MessageLogState> logs, TimeProvider time, CancellationToken ct) =>
            ChangeAsync(crisisId, http, logs, time, (log, now) => MessageLogCommands.Route(log, messageId, request.Function, now), ct))
            .RequireRoles(LogbookApi.KeeperRoles);
        api.MapPost($"{Path}/{{messageId:guid}}/acknowledge", (Guid crisisId, Guid messageId, HttpContext http, CommandRunner<MessageLogState> logs, TimeProvider time, CancellationToken ct) =>
            ChangeAsync(crisisId, http, logs, time, (log, now) => MessageLogCommands.Acknowledge(log, messageId, Signer.NameOf(http.User), now), ct))
            .RequireRoles(LogbookApi.KeeperRoles);
    }

    /// <summary>Every message of the crisis's log, with sender and recipient opened from the vault.</summary>
    private static async Task<IReadOnlyList<LoggedMessageView>> ViewsAsync(
        Guid crisisId, CommandRunner<MessageLogState> logs, PersonalDataVault vault, CancellationToken cancellationToken) =>
        await MessageLogPresenter.ViewsAsync((await logs.Store.LoadAsync(crisisId, cancellationToken)).State, vault, cancellationToken);

    /// <summary>
    /// 201 with the message's id and running number. The input is checked before sender and recipient are sealed under
    /// the message's own subject (<c>message-{id}</c>), so a refused message leaves no key behind.
    /// </summary>
    private static async Task<Results<Created<MessageCreated>, ProblemHttpResult>> LogAsync(
        Guid crisisId, LogMessageRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey, HttpContext http,
        CommandRunner<MessageLogState> logs, [FromKeyedServices(LogbookModule.StoreName)] PersonalDataVault vault, TimeProvider time, CancellationToken cancellationToken)
    {
        var missing = LogbookInput.First(
            request.Direction is null ? DomainError.Invalid("direction", "'direction' is required (incoming or outgoing).") : null,
            request.Channel is null ? DomainError.Invalid("channel", "'channel' is required (phone, email, radio or paper).") : null,
            request.At is null ? DomainError.Invalid("at", "'at' (the time received or sent) is required.") : null);
        var priority = request.Priority ?? MessagePriority.Einfach;
        var invalid = missing ?? MessageLogCommands.Check(
            request.Direction!.Value, request.Channel!.Value, priority, request.At!.Value, request.Sender, request.Recipient, request.Content, time.GetUtcNow());
        var (key, badKey) = IdempotencyKey.From(idempotencyKey, crisisId, "log-message", request);
        if ((invalid ?? badKey) is { } error)
        {
            return error.ToProblem();
        }
        var messageId = IdempotencyKey.NewId(key, "message", time);
        var subject = PersonalSubject.For("message", messageId);
        var command = new LogMessage(
            crisisId, messageId, request.Direction!.Value, request.Channel!.Value, priority, request.At!.Value,
            await vault.SealAsync(subject, request.Sender!.Trim(), cancellationToken),
            await vault.SealAsync(subject, request.Recipient!.Trim(), cancellationToken),
            request.Content!);
        var outcome = await logs.RunAsync(
            logs.Store.StreamOf(crisisId), (log, now) => MessageLogCommands.Log(log, command, now), CommandMetadata.For(http, time, crisisId), cancellationToken, key);
        return outcome.Error is { } refused
            ? refused.ToProblem()
            : TypedResults.Created($"{LogbookApi.Prefix}/crises/{crisisId}/messages", new MessageCreated(messageId, outcome.State.Find(messageId)!.Number));
    }

    private static async Task<Results<Ok<MessageCreated>, ProblemHttpResult>> ChangeAsync(
        Guid crisisId, HttpContext http, CommandRunner<MessageLogState> logs, TimeProvider time, CommandRunner<MessageLogState>.Decide decide, CancellationToken cancellationToken)
    {
        var outcome = await logs.RunAsync(
            logs.Store.StreamOf(crisisId), (log, now) => decide(log with { CrisisId = crisisId }, now), CommandMetadata.For(http, time, crisisId), cancellationToken);
        if (outcome.Error is { } error)
        {
            return error.ToProblem();
        }
        var changed = outcome.State.Messages.LastOrDefault();
        return TypedResults.Ok(new MessageCreated(changed?.Id ?? Guid.Empty, changed?.Number ?? 0));
    }
}
