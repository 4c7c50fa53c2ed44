namespace Krisenstab.Security.Tests.HostileInput;

/// <summary>The kinds of hostile request; every endpoint receives each in turn.</summary>
public enum Attack
{
    BrokenJson,
    RawBody,
    InvalidUtf8,
    WrongType,
    MissingField,
    NoFields,
    ExtraField,
    HostileString,
    AbsurdNumber,
    AbsurdDate,
    BadGuid,
    WrongContentType,
    OversizeBody,
    BadIdempotencyKey,
    BadIfMatch,
    PathTrick,
    HostileQuery,
}
