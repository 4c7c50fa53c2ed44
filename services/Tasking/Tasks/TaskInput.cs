using Krisenstab.ServiceDefaults;

namespace Krisenstab.Tasking.Tasks;

/// <summary>Checks of command text; each returns the error naming the field, or null when the value is fine.</summary>
public static class TaskInput
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;

    public static DomainError? FirstError(params DomainError?[] checks) => checks.FirstOrDefault(e => e is not null);

    public static DomainError? Required(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? DomainError.Invalid(field, $"'{field}' is required.") : Optional(value, field, maxLength);

    /// <summary>Line breaks and tabs are fine in longer text; other control characters are not.</summary>
    public static DomainError? Optional(string? value, string field, int maxLength) =>
        value is null ? null
        : value.Length > maxLength ? DomainError.Invalid(field, $"'{field}' is longer than {maxLength} characters.")
        : value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ? DomainError.Invalid(field, $"'{field}' contains control characters.")
        : null;

    public static DomainError? InFuture(DateTimeOffset value, string field, DateTimeOffset now) =>
        value <= now ? DomainError.Invalid(field, $"'{field}' must lie in the future.") : null;
}
