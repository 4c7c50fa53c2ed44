namespace Krisenstab.ServiceDefaults;

/// <summary>
/// Why a command was refused, as the pure domain code says it. The API turns it into an RFC 9457 problem
/// detail: <see cref="Field"/> names the offending input; <see cref="Kind"/> picks the status code.
/// </summary>
public sealed record DomainError(DomainErrorKind Kind, string Code, string Detail, string? Field = null)
{
    public static DomainError Invalid(string field, string detail) => new(DomainErrorKind.Invalid, "invalid-" + field, detail, field);
    public static DomainError NotFound(string what, string detail) => new(DomainErrorKind.NotFound, what + "-not-found", detail);
    public static DomainError Conflict(string code, string detail) => new(DomainErrorKind.Conflict, code, detail);
    public static DomainError PreconditionFailed(string detail) => new(DomainErrorKind.PreconditionFailed, "concurrent-change", detail);
    public static DomainError Unprocessable(string field, string code, string detail) => new(DomainErrorKind.Unprocessable, code, detail, field);
}

public enum DomainErrorKind
{
    /// <summary>400: the input itself is wrong.</summary>
    Invalid,
    /// <summary>404: the thing addressed does not exist.</summary>
    NotFound,
    /// <summary>409: the input is fine but the current state refuses it (no room, already closed, …).</summary>
    Conflict,
    /// <summary>412: the caller's <c>If-Match</c> names a version the stream is no longer at.</summary>
    PreconditionFailed,
    /// <summary>422: well-formed, but contradicts an earlier request (e.g. an idempotency key reused for another body).</summary>
    Unprocessable,
}
