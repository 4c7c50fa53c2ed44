namespace Krisenstab.Accommodation;

/// <summary>Settings under <c>Krisenstab:Accommodation</c>.</summary>
public sealed class AccommodationOptions
{
    public const string Section = "Krisenstab:Accommodation";

    /// <summary>The free-places view flags a facility whose operator has not confirmed its figures for longer than this.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often due reservations are let go (placements let them go at once anyway).</summary>
    public TimeSpan ExpirySweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Residents per town of the district, for each town's fair share of the people placed (e.g. <c>Towns:Flensburg=92667</c>).</summary>
    public Dictionary<string, int> Towns { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
