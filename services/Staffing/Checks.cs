using Krisenstab.ServiceDefaults;

namespace Krisenstab.Staffing;

/// <summary>Checks of command input; each gives the error naming the field, or null when the value is fine.</summary>
public static class Checks
{
    public const int MaxText = 200;
    public const int MaxList = 20;

    public static DomainError? First(params DomainError?[] checks) => Array.Find(checks, e => e is not null);

    public static DomainError? Required(string? value, string field, int maxLength = MaxText) =>
        string.IsNullOrWhiteSpace(value) ? DomainError.Invalid(field, $"'{field}' is required.") : Optional(value, field, maxLength);

    public static DomainError? Optional(string? value, string field, int maxLength = MaxText)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Length > maxLength)
        {
            return DomainError.Invalid(field, $"'{field}' is longer than {maxLength} characters.");
        }
        return value.Any(char.IsControl) ? DomainError.Invalid(field, $"'{field}' contains control characters.") : null;
    }

    public static DomainError? InRange(int value, string field, int min, int max) =>
        value < min || value > max ? DomainError.Invalid(field, $"'{field}' must be between {min} and {max}.") : null;

    public static DomainError? AtMost<T>(IReadOnlyCollection<T> values, string field, int max = MaxList) =>
        values.Count > max ? DomainError.Invalid(field, $"'{field}' has more than {max} entries.") : null;

    public static DomainError? Period(DateOnly from, DateOnly to, string field) =>
        to < from ? DomainError.Invalid(field, $"'{field}' ends before it begins.")
        : to.DayNumber - from.DayNumber > 366 ? DomainError.Invalid(field, $"'{field}' is longer than a year.")
        : null;
}
