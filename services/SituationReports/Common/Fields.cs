using Krisenstab.ServiceDefaults;

namespace Krisenstab.SituationReports.Common;

/// <summary>Checks of command input; each returns the refusal naming the field, or null when the value is fine.</summary>
public static class Fields
{
    public static DomainError? First(params DomainError?[] checks) => checks.FirstOrDefault(e => e is not null);

    public static DomainError? Required(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? DomainError.Invalid(field, $"'{field}' is required.") : Optional(value, field, maxLength);

    /// <summary>Line breaks and tabs are allowed in longer texts; other control characters never.</summary>
    public static DomainError? Optional(string? value, string field, int maxLength) =>
        value is null ? null
        : value.Trim().Length > maxLength ? DomainError.Invalid(field, $"'{field}' is longer than {maxLength} characters.")
        : value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ? DomainError.Invalid(field, $"'{field}' contains control characters.")
        : null;

    public static DomainError? Between(int? value, string field, int min, int max) =>
        value is null ? DomainError.Invalid(field, $"'{field}' is required.") : OptionalBetween(value, field, min, max);

    public static DomainError? OptionalBetween(int? value, string field, int min, int max) =>
        value < min || value > max ? DomainError.Invalid(field, $"'{field}' must be a whole number from {min} to {max}.") : null;

    public static DomainError? Present<T>(T? value, string field)
        where T : struct => value is null ? DomainError.Invalid(field, $"'{field}' is required.") : null;

    public static DomainError? NotLaterThan(DateTimeOffset? value, DateTimeOffset now, string field) =>
        value > now ? DomainError.Invalid(field, $"'{field}' lies in the future.") : null;

    /// <summary>Every entry of a short list of short texts: at most <paramref name="maxCount"/>, each required and short.</summary>
    public static DomainError? Texts(IReadOnlyCollection<string?>? values, string field, int maxCount, int maxLength) =>
        values is null ? null
        : values.Count > maxCount ? DomainError.Invalid(field, $"'{field}' has more than {maxCount} entries.")
        : First([.. values.Select(v => Required(v, field, maxLength))]);

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
