using System.Globalization;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Feed.Sentences.Situation;

/// <summary>The situation service's words in both languages: sectors, traffic lights, incident kinds, dates and times (Europe/Berlin).</summary>
internal static class SituationWords
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static Sentence Day(DateOnly day) => new(day.ToString("dd.MM.yyyy", German), day.ToString("d MMM yyyy", English));

    /// <summary>A point in time as the district's clock shows it: "03.03.2026, 14:00" / "3 Mar 2026, 14:00".</summary>
    public static Sentence Time(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Berlin);
        return new(local.ToString("dd.MM.yyyy, HH:mm", German), local.ToString("d MMM yyyy, HH:mm", English));
    }

    public static Sentence Of(Sector sector) => sector switch
    {
        Sector.Accommodation => new("Unterbringung", "accommodation"),
        Sector.Registration => new("Registrierung", "registration"),
        Sector.Health => new("Gesundheit", "health"),
        Sector.EducationAndChildcare => new("Bildung und Betreuung", "education and childcare"),
        Sector.Benefits => new("Leistungen", "benefits"),
        Sector.Security => new("Sicherheit", "security"),
        Sector.Volunteers => new("Ehrenamt", "volunteers"),
        _ => new("Sonstiges", "other"),
    };

    public static Sentence Of(TrafficLight light) => light switch
    {
        TrafficLight.Green => new("grün", "green"),
        TrafficLight.Yellow => new("gelb", "yellow"),
        _ => new("rot", "red"),
    };

    public static Sentence Of(IncidentCategory category) => category switch
    {
        IncidentCategory.Violence => new("Gewalt", "violence"),
        IncidentCategory.Fire => new("Brand", "fire"),
        IncidentCategory.Medical => new("medizinischer Notfall", "medical"),
        IncidentCategory.Conflict => new("Konflikt", "conflict"),
        _ => new("Sonstiges", "other"),
    };

    public static Sentence Of(IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.Minor => new("leicht", "minor"),
        IncidentSeverity.Serious => new("schwer", "serious"),
        _ => new("kritisch", "critical"),
    };

    public static Sentence Of(MeetingNoteKind kind) => kind switch
    {
        MeetingNoteKind.Fact => new("Tatsache", "fact"),
        MeetingNoteKind.Assumption => new("Annahme", "assumption"),
        _ => new("offene Frage", "open question"),
    };
}
