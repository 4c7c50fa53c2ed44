namespace Krisenstab.Accommodation.Tests.Support;

/// <summary>
/// Residents of two case-study municipalities, from shared/data/case-study-municipalities.csv (31.12.2023), used as the
/// towns of a demo district:
/// <c>"Osnabrück, kreisfreie Stadt",NI,166960,30835,18.5,8750,5.2</c> and
/// <c>"Osnabrück, Landkreis",NI,366229,42530,11.6,9350,2.6</c>.
/// </summary>
public static class CaseStudyTowns
{
    public const string City = "Osnabrück";
    public const int CityPopulation = 166_960;
    public const string County = "Landkreis Osnabrück";
    public const int CountyPopulation = 366_229;

    public static IReadOnlyDictionary<string, int> Populations { get; } = new Dictionary<string, int>
    {
        [City] = CityPopulation,
        [County] = CountyPopulation,
    };
}
