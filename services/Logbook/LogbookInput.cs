using Krisenstab.ServiceDefaults;

namespace Krisenstab.Logbook;

/// <summary>Checks of the logs' input; each returns the error naming the field, or null when the value is fine.</summary>
public static class LogbookInput
{
    public const int MaxShortLength = 200;
    public const int MaxTextLength = 4000;

    /// <summary>How far a clock may run ahead of ours before a time "in the future" is refused.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static DomainError? First(params DomainError?[] checks) => checks.FirstOrDefault(e => e is not null);

    /// <summary>Present, not longer than <paramref name="maxLength"/>, and no control characters but line breaks and tabs.</summary>
    public static DomainError? Text(string? value, string field, int maxLength = MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DomainError.Invalid(field, $"'{field}' is required.");
        }
        if (value.Length > maxLength)
        {
            return DomainError.Invalid(field, $"'{field}' is longer than {maxLength} characters.");
        }
        return value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            ? DomainError.Invalid(field, $"'{field}' contains control characters.")
            : null;
    }

    public static DomainError? Known<T>(T value, string field)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? null : DomainError.Invalid(field, $"'{field}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

    /// <summary>A time something happened: not later than now (a log records what was, not what will be).</summary>
    public static DomainError? NotInFuture(DateTimeOffset value, string field, DateTimeOffset now) =>
        value > now + ClockSkew ? DomainError.Invalid(field, $"'{field}' lies in the future.") : null;
}
