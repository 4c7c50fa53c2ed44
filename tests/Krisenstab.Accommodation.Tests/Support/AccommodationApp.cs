using System.Globalization;
using Krisenstab.Testing;

namespace Krisenstab.Accommodation.Tests.Support;

/// <summary>The embedded gateway (<see cref="GatewayApp"/>) with the demo district's towns for the fair shares.</summary>
public sealed class AccommodationApp(string? postgres = null, TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
    : GatewayApp(postgres, time, WithTowns(settings))
{
    private static Dictionary<string, string> WithTowns(IReadOnlyDictionary<string, string>? settings)
    {
        var all = CaseStudyTowns.Populations.ToDictionary(
            town => $"Krisenstab:Accommodation:Towns:{town.Key}", town => town.Value.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        return all;
    }
}
