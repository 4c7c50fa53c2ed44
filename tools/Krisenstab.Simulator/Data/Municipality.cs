namespace Krisenstab.Simulator.Data;

/// <summary>A studied municipality: its name as published (e.g. "Altenburger Land, Landkreis"), state, residents and protection seekers.</summary>
public sealed record Municipality(string Name, string State, int Population, int ProtectionSeekers)
{
    /// <summary>The name without its kind: "Altenburger Land", "Kassel".</summary>
    public string ShortName => Name.Split(',')[0].Trim();

    /// <summary>A district (Landkreis, Kreis) places across several towns; a city in its own quarters.</summary>
    public bool IsDistrict => Name.Contains("kreis,", StringComparison.OrdinalIgnoreCase) || Name.EndsWith("Kreis", StringComparison.Ordinal)
        || Name.Contains("Landkreis", StringComparison.Ordinal);
}
