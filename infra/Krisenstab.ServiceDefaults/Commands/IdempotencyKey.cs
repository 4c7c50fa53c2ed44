using System.Security.Cryptography;
using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.Messaging;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>
/// The client's <c>Idempotency-Key</c> for one operation on one aggregate (<paramref name="Scope"/>). The events a
/// command appends get ids derived from the key, so a retried request finds its first event already in the store (an
/// indexed lookup by id) and does nothing again. The request's fingerprint is stored with the events as their causation id (the id of the command),
/// so the key reused for a different request is recognised and refused (422) instead of answered as done.
/// The scope must be the id of the aggregate the request addresses — the first one a joint decision loads — so that the
/// same key sent to another aggregate is another operation.
/// </summary>
public sealed record IdempotencyKey(Guid Scope, string Operation, string Value, string RequestHash)
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;

    /// <summary>Null when the client sent no key; an error naming the header when the key is unusable.</summary>
    public static (IdempotencyKey? Key, DomainError? Error) From(string? header, Guid scope, string operation, object request) =>
        string.IsNullOrEmpty(header) ? (null, null)
        : header.Length > MaxLength || header.Any(char.IsControl)
            ? (null, DomainError.Invalid(Header, $"'{Header}' must be at most {MaxLength} printable characters."))
            : (new IdempotencyKey(scope, operation, header, HashOf(request)), null);

    /// <summary>
    /// The id of what a command creates (<paramref name="kind"/>: "facility", "task", …): derived from the key, so that a
    /// retry creates the same one; without a key a new one.
    /// </summary>
    public static Guid NewId(IdempotencyKey? key, string kind, TimeProvider time) =>
        key is null ? Guid.CreateVersion7(time.GetUtcNow()) : DerivedIds.From(key.Scope, $"{kind}:{key.Value}");

    /// <summary>The id of the command this key and request make; stamped on its events as their causation id.</summary>
    public Guid CommandId => DerivedIds.From(Scope, $"{Operation}:{Value}:request:{RequestHash}");

    public Guid EventId(int index) => DerivedIds.From(Scope, $"{Operation}:{Value}:{index}");

    public IReadOnlyList<Guid> EventIds(int count) => [.. Enumerable.Range(0, count).Select(EventId)];

    public EventMetadata Stamp(EventMetadata metadata, DateTimeOffset now) => metadata with { OccurredAt = now, CausationId = CommandId };

    /// <summary>
    /// Whether the key was used before (its first event id is looked up in the store, never by scanning a stream), and
    /// if so for another request: then the answer is a 422 naming the header.
    /// </summary>
    public async Task<(bool Used, DomainError? Error)> FindEarlierUseAsync(IEventStore store, CancellationToken cancellationToken)
    {
        if (await store.FindEventAsync(EventId(0), cancellationToken) is not { } first)
        {
            return (false, null);
        }
        return first.Metadata.CausationId is { } earlierCommand && earlierCommand != CommandId
            ? (true, DomainError.Unprocessable(
                Header, "idempotency-key-reused", $"'{Header}' {Value} was used before with a different request; use a new key for a new request."))
            : (true, null);
    }

    private static string HashOf(object request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), ContractJson.Options)));
}
