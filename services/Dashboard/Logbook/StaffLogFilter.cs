using System.Globalization;
using Krisenstab.Contracts.Logbook;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Dashboard.Logbook;

/// <summary>The staff log's filters: happened from/to (inclusive), unit, author (sign-in name) and category, each optional.</summary>
public sealed record StaffLogFilter(DateTimeOffset? From, DateTimeOffset? To, string? Unit, string? Author, string? Category)
{
    /// <summary>Every category a line can have: the keeper's and the log's own, and <c>automatic</c>.</summary>
    public static IReadOnlyList<string> Categories { get; } = [.. Enum.GetValues<StaffLogCategory>().Select(StaffLogRows.Wire), StaffLogRows.Automatic];

    public static (StaffLogFilter? Filter, DomainError? Error) Read(string? from, string? to, string? unit, string? author, string? category)
    {
        var (start, badStart) = Time(from, "from");
        var (end, badEnd) = Time(to, "to");
        var badCategory = category is null || Categories.Contains(category)
            ? null
            : DomainError.Invalid("category", $"'{category}' is not a staff-log category; known are {string.Join(", ", Categories)}.");
        var error = badStart ?? badEnd ?? badCategory
            ?? (start > end ? DomainError.Invalid("to", "'to' lies before 'from'.") : null);
        return error is null ? (new StaffLogFilter(start, end, Blank(unit), Blank(author), category), null) : (null, error);
    }

    public bool Keeps(StaffLogRow row) =>
        (From is null || row.OccurredAt >= From)
        && (To is null || row.OccurredAt <= To)
        && (Unit is null || string.Equals(row.Unit, Unit, StringComparison.OrdinalIgnoreCase))
        && (Author is null || string.Equals(row.Author, Author, StringComparison.Ordinal))
        && (Category is null || row.Category == Category);

    private static (DateTimeOffset? Time, DomainError? Error) Time(string? text, string field) =>
        text is null ? (null, null)
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? (time, null)
        : (null, DomainError.Invalid(field, $"'{field}' must be a timestamp such as 2025-03-01T08:00:00Z."));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
