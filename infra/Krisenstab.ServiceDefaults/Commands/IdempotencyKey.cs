using System.Security.Cryptography;
using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.Messaging;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>
/// The client's <c>Idempotency-Key</c> for one operation on one aggregate (<paramref name="Scope"/>). The events a
/// command appends get ids derived from the key, so a retried request finds its first event already in the stream and
/// does nothing again. The request's fingerprint is stored with the events as their causation id (the id of the command),
/// so the key reused for a different request is recognised and refused (422) instead of answered as done.
/// The scope must be the id of the aggregate the request addresses — the first one a joint decision loads — because
/// that is the stream where a retry looks for its earlier events.
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

    /// <summary>The id of the command this key and request make; stamped on its events as their causation id.</summary>
    public Guid CommandId => DerivedIds.From(Scope, $"{Operation}:{Value}:request:{RequestHash}");

    public Guid EventId(int index) => DerivedIds.From(Scope, $"{Operation}:{Value}:{index}");

    public IReadOnlyList<Guid> EventIds(int count) => [.. Enumerable.Range(0, count).Select(EventId)];

    public EventMetadata Stamp(EventMetadata metadata, DateTimeOffset now) => metadata with { OccurredAt = now, CausationId = CommandId };

    /// <summary>
    /// Null when the key was not used on this stream yet. Otherwise the answer to the retry: done (the state as it is)
    /// for the same request, or a 422 naming the header for another one.
    /// </summary>
    public CommandResult<TState>? FindEarlierUse<TState>(LoadedAggregate<TState> loaded)
    {
        if (loaded.Find(EventId(0)) is not { } first)
        {
            return null;
        }
        return first.Metadata.CausationId is { } earlierCommand && earlierCommand != CommandId
            ? new CommandResult<TState>(loaded.State, loaded.Version, [], DomainError.Unprocessable(
                Header, "idempotency-key-reused", $"'{Header}' {Value} was used before with a different request; use a new key for a new request."))
            : new CommandResult<TState>(loaded.State, loaded.Version, [], null);
    }

    private static string HashOf(object request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), ContractJson.Options)));
}
