using Krisenstab.ServiceDefaults;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>Checks of command input; each returns the error naming the field, or null when the value is fine.</summary>
public static class Input
{
    public static DomainError? FirstError(params DomainError?[] checks) => checks.FirstOrDefault(e => e is not null);

    public static DomainError? Text(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? DomainError.Invalid(field, $"'{field}' is required.")
        : OptionalText(value, field, maxLength);

    public static DomainError? OptionalText(string? value, string field, int maxLength) =>
        value is null ? null
        : value.Length > maxLength ? DomainError.Invalid(field, $"'{field}' is longer than {maxLength} characters.")
        : value.Any(char.IsControl) ? DomainError.Invalid(field, $"'{field}' contains control characters.")
        : null;

    public static DomainError? Positive(int value, string field, int max) =>
        value <= 0 ? DomainError.Invalid(field, $"'{field}' must be at least 1.")
        : value > max ? DomainError.Invalid(field, $"'{field}' must be at most {max}.")
        : null;

    public static DomainError? NotNegative(int value, string field, int max) =>
        value < 0 ? DomainError.Invalid(field, $"'{field}' must not be negative.")
        : value > max ? DomainError.Invalid(field, $"'{field}' must be at most {max}.")
        : null;

    public static DomainError? Few<T>(IReadOnlyCollection<T> values, string field, int max) =>
        values.Count > max ? DomainError.Invalid(field, $"'{field}' has more than {max} entries.") : null;
}
