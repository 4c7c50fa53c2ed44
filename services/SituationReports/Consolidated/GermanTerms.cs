using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Consolidated;

/// <summary>The German words a situation report uses for the sectors and traffic lights.</summary>
public static class GermanTerms
{
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
