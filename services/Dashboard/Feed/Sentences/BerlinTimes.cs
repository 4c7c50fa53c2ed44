using System.Globalization;

namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>A point in time as the situation room reads it: Europe/Berlin wall time ("01.12. 18:00" / "1 Dec 18:00").</summary>
internal static class BerlinTimes
{
    private static readonly TimeZoneInfo Berlin = FindBerlin();

    /// <summary>Europe/Berlin (UTC on a host without time zone data), for the analysis's hours and days as well.</summary>
    public static TimeZoneInfo Zone => Berlin;

    public static Sentence DayAndTime(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Berlin);
        return new(
            local.ToString("dd.MM. HH:mm", CultureInfo.GetCultureInfo("de-DE")),
            local.ToString("d MMM HH:mm", CultureInfo.GetCultureInfo("en-GB")));
    }

    /// <summary>A host without time zone data still says the time, in UTC.</summary>
    private static TimeZoneInfo FindBerlin()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
