using Krisenstab.Communication.Messages;
using Krisenstab.Communication.Recipients;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Communication;
using Krisenstab.EventStore;
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
using MimeKit;

namespace Krisenstab.Communication.Api;

/// <summary>The e-mail recipient lists per audience; the address is sealed before it is decided on, revealed only in the answer.</summary>
public static class RecipientEndpoints
{
    public const int MaxAddressLength = 254;

    public static void MapRecipientEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/recipients", AddAsync).RequireRoles(CommunicationApi.RecipientRoles);
        api.MapGet("/recipients/{audience}", ListAsync).RequireRoles(CommunicationApi.RecipientRoles);
        api.MapDelete("/recipients/{id:guid}", RemoveAsync).RequireRoles(CommunicationApi.RecipientRoles);
    }

    private static async Task<Results<Created<Created>, ProblemHttpResult>> AddAsync(
        AddRecipientRequest request, HttpContext http, CommandRunner<Recipient> recipients, [FromKeyedServices(CommunicationModule.StoreName)] PersonalDataVault vault,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Audience is not { } audience || !Enum.IsDefined(audience))
        {
            return DomainError.Invalid("audience", "'audience' must be public, council, volunteers, refugees or staff.").ToProblem();
        }
        if (request.Address is not { Length: > 0 and <= MaxAddressLength } address || !MailboxAddress.TryParse(address, out var mailbox) || !mailbox.Address.Contains('@', StringComparison.Ordinal))
        {
            return DomainError.Invalid("address", "'address' must be one e-mail address (e.g. name@example.org).").ToProblem();
        }
        if (LanguageTag.Normalize(request.Language ?? LanguageTag.German) is not { } language)
        {
            return DomainError.Invalid("language", "'language' must be a BCP 47 tag (e.g. de, uk, ar): the language the recipient reads.").ToProblem();
        }
        var id = Guid.CreateVersion7();
        var sealedAddress = await vault.SealAsync(PersonalSubject.For(Recipient.Category, id), mailbox.Address, cancellationToken);
        var added = await recipients.RunAsync(
            recipients.Store.StreamOf(id), (_, now) => Decision.Accept(new RecipientAdded(id, audience, sealedAddress, language, now)), CommandMetadata.For(http, time), cancellationToken);
        return added.Error is { } error ? error.ToProblem() : TypedResults.Created($"{CommunicationApi.Prefix}/recipients/{id}", new Created(id));
    }

    private static async Task<Results<Ok<List<RecipientView>>, ProblemHttpResult>> ListAsync(
        string audience, RecipientDirectory directory, [FromKeyedServices(CommunicationModule.StoreName)] PersonalDataVault vault, CancellationToken cancellationToken)
    {
        if (FeedRoute.Parse(audience, LanguageTag.German).Audience is not { } parsed)
        {
            return FeedRoute.Invalid(audience).ToProblem();
        }
        var recipients = directory.Of(parsed);
        var addresses = await vault.RevealAsync([.. recipients.Select(r => r.Address)], cancellationToken);
        return TypedResults.Ok(recipients.Select((r, i) => new RecipientView(r.Id, r.Address!.Subject, r.Audience, addresses[i] ?? PersonalText.Erased, r.Language)).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid id, HttpContext http, CommandRunner<Recipient> recipients, TimeProvider time, CancellationToken cancellationToken)
    {
        var removed = await recipients.RunAsync(
            recipients.Store.StreamOf(id),
            (state, now) => !state.Exists ? DomainError.NotFound("recipient", $"There is no recipient {id}.")
                : state.Removed ? Decision.Nothing
                : Decision.Accept(new RecipientRemoved(id, state.Audience, now)),
            CommandMetadata.For(http, time), cancellationToken);
        return removed.Error is { } error ? error.ToProblem() : TypedResults.NoContent();
    }
}

public sealed record RecipientView(Guid Id, string Subject, Audience Audience, string Address, string Language);
