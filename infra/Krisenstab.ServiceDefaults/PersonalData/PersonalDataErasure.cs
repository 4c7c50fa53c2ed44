using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.ServiceDefaults.PersonalData;

/// <summary>
/// <c>DELETE {module api}/personal-data/{subject}</c> (role <c>admin</c>): erases one data subject's personal data by
/// destroying its key, and records who did it and when as the event <c>personal-data.erased.v1</c> in stream
/// <c>personal-data-{subject}</c> of the module's store — naming the pseudonymous subject id only. 204 when erased (or
/// erased before; recorded once), 404 for a subject the module never sealed anything for.
/// </summary>
public static class PersonalDataErasure
{
    public const string EventType = "personal-data.erased.v1";
    public const string StreamCategory = "personal-data";

    public static RouteHandlerBuilder MapPersonalDataErasure(this IEndpointRouteBuilder api, string storeName) =>
        api.MapDelete("/personal-data/{subject}", (string subject, HttpContext http, TimeProvider time, CancellationToken cancellationToken) =>
                EraseAsync(storeName, subject, http, time, cancellationToken))
            .RequireRoles(Roles.Admin);

    private static async Task<Results<NoContent, ProblemHttpResult>> EraseAsync(
        string storeName, string subject, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!PersonalSubject.IsValid(subject))
        {
            return DomainError.Invalid("subject", "'subject' must be a data subject id: letters, digits, '-', '_' or '.', at most 100.").ToProblem();
        }
        var vault = http.RequestServices.GetRequiredKeyedService<PersonalDataVault>(storeName);
        var outcome = await vault.EraseAsync(subject, cancellationToken);
        if (outcome == ErasureOutcome.UnknownSubject)
        {
            return DomainError.NotFound("subject", $"There is no personal data of '{subject}' here.").ToProblem();
        }
        await AuditOnceAsync(http.RequestServices.GetRequiredKeyedService<IEventStore>(storeName), subject, CommandMetadata.For(http, time));
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The key is destroyed first, then the erasure recorded as the stream's only event: a repeated request after a
    /// crash in between records it then, and one that finds it recorded changes nothing.
    /// </summary>
    private static async Task AuditOnceAsync(IEventStore store, string subject, EventMetadata metadata)
    {
        var audit = new EventData(Guid.CreateVersion7(metadata.OccurredAt), EventType,
            JsonSerializer.Serialize(new PersonalDataErased(subject, metadata.OccurredAt), ContractJson.Options), metadata);
        try
        {
            await store.AppendAsync(StreamName.For(StreamCategory, subject), ExpectedVersion.NoStream, [audit], CancellationToken.None);
        }
        catch (WrongExpectedVersionException)
        {
            // Recorded by an earlier request.
        }
    }

    /// <summary>The audit record: which subject, when; who is in the event's metadata.</summary>
    public sealed record PersonalDataErased(string Subject, DateTimeOffset ErasedAt);
}
