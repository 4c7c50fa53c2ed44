using Krisenstab.Dashboard.Feed.Sentences;

namespace Krisenstab.Dashboard.Analysis;

/// <summary>How finely the figures over time are cut: per hour or per day, by the situation room's clock (Europe/Berlin).</summary>
public enum Period
{
    Hour,
    Day,
}

/// <summary>The hours and days of Europe/Berlin wall time (a day is 23 or 25 hours when the clocks change).</summary>
public static class Periods
{
    public static DateTimeOffset StartOf(DateTimeOffset at, Period period)
    {
        var local = TimeZoneInfo.ConvertTime(at, BerlinTimes.Zone);
        var start = period == Period.Day ? local.Date : local.Date.AddHours(local.Hour);
        return Local(start);
    }

    public static DateTimeOffset Next(DateTimeOffset start, Period period) =>
        period == Period.Day ? Local(TimeZoneInfo.ConvertTime(start, BerlinTimes.Zone).DateTime.Date.AddDays(1)) : start.AddHours(1);

    /// <summary>The local day a moment falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, BerlinTimes.Zone).DateTime);

    private static DateTimeOffset Local(DateTime wallTime)
    {
        var offset = BerlinTimes.Zone.GetUtcOffset(wallTime);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(wallTime, DateTimeKind.Unspecified), offset), BerlinTimes.Zone);
    }

    /// <summary>The <c>per</c> parameter: <c>hour</c> or <c>day</c> (the default).</summary>
    public static (Period Period, Krisenstab.ServiceDefaults.DomainError? Error) Read(string? per) => per switch
    {
        null or "day" => (Period.Day, null),
        "hour" => (Period.Hour, null),
        _ => (Period.Day, Krisenstab.ServiceDefaults.DomainError.Invalid("per", "'per' must be 'hour' or 'day'.")),
    };
}
