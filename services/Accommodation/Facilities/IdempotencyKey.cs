using Krisenstab.Messaging;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>
/// The client's <c>Idempotency-Key</c> for one operation on one facility. The events a command appends get ids
/// derived from it, so a retried request finds its first event already in the stream and does nothing again.
/// </summary>
public sealed record IdempotencyKey(string Operation, string Value)
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;

    /// <summary>Null when the client sent no key; an error naming the header when the key is unusable.</summary>
    public static (IdempotencyKey? Key, DomainError? Error) From(string operation, string? header) =>
        string.IsNullOrEmpty(header) ? (null, null)
        : header.Length > MaxLength || header.Any(char.IsControl)
            ? (null, DomainError.Invalid(Header, $"'{Header}' must be at most {MaxLength} printable characters."))
            : (new IdempotencyKey(operation, header), null);

    public Guid EventId(Guid facilityId, int index) => DerivedIds.From(facilityId, $"{Operation}:{Value}:{index}");

    public IReadOnlyList<Guid> EventIds(Guid facilityId, int count) => [.. Enumerable.Range(0, count).Select(i => EventId(facilityId, i))];
}
