using System.Globalization;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Consolidated;

/// <summary>The German words and times a situation report and the minutes use: sectors, traffic lights, wall time.</summary>
public static class GermanTerms
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>A point in time as the staff read it in the situation room: Europe/Berlin wall time, "15.03.2022 09:00 Uhr".</summary>
    public static string WallTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Berlin).ToString("dd.MM.yyyy HH:mm 'Uhr'", German);

    public static string Of(Sector sector) => sector switch
    {
        Sector.Accommodation => "Unterbringung",
        Sector.Registration => "Registrierung",
        Sector.Health => "Gesundheit",
        Sector.EducationAndChildcare => "Bildung und Kinderbetreuung",
        Sector.Benefits => "Leistungen",
        Sector.Security => "Sicherheit",
        Sector.Volunteers => "Ehrenamt",
        _ => "Sonstiges",
    };

    public static string Of(TrafficLight status) => status switch
    {
        TrafficLight.Green => "grün",
        TrafficLight.Yellow => "gelb",
        _ => "rot",
    };
}
