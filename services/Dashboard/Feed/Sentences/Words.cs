using System.Globalization;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>The pieces the sentences share: counted nouns in both languages and a facility's free places.</summary>
internal static class Words
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static Sentence Places(int count) => Counted(count, "Platz", "Plätze", "place", "places");

    public static Sentence People(int count) => Counted(count, "Person", "Personen", "person", "people");

    /// <summary>"36 Plätze frei" / "36 places free": the facility's free places after the change.</summary>
    public static Sentence Free(FacilityOccupancy occupancy)
    {
        var places = Places(occupancy.Free);
        return new($"{places.De} frei", $"{places.En} free");
    }

    /// <summary>"Turnhalle Nord: {what}, 36 Plätze frei".</summary>
    public static Sentence AtFacility(FacilityOccupancy occupancy, Sentence what)
    {
        var free = Free(occupancy);
        return new($"{occupancy.Name}: {what.De}, {free.De}", $"{occupancy.Name}: {what.En}, {free.En}");
    }

    /// <summary>" (reason)" when a reason was given, else nothing.</summary>
    public static string InParentheses(string? text) => string.IsNullOrWhiteSpace(text) ? "" : $" ({text.Trim()})";

    private static Sentence Counted(int count, string germanOne, string germanMany, string englishOne, string englishMany) => new(
        $"{count.ToString("N0", German)} {(count == 1 ? germanOne : germanMany)}",
        $"{count.ToString("N0", English)} {(count == 1 ? englishOne : englishMany)}");
}
