using System.Globalization;
using Microsoft.VisualBasic.FileIO;

namespace Krisenstab.Simulator.Data;

/// <summary>The studied municipalities with both figures published (population and protection seekers), read from the embedded CSV.</summary>
public static class MunicipalityTable
{
    private static readonly Lazy<IReadOnlyList<Municipality>> Rows = new(Read);

    public static IReadOnlyList<Municipality> All => Rows.Value;

    /// <summary>The municipality whose name starts with <paramref name="name"/> (case-insensitive), or null when none or several do.</summary>
    public static Municipality? Find(string name)
    {
        var exact = All.Where(m => string.Equals(m.ShortName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }
        var prefixed = All.Where(m => m.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase)).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    private static List<Municipality> Read()
    {
        using var stream = typeof(MunicipalityTable).Assembly.GetManifestResourceStream("Krisenstab.Simulator.municipalities.csv")
            ?? throw new InvalidOperationException("The municipalities CSV is not embedded.");
        using var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        int Column(string name) => Array.IndexOf(header, name);
        var (name, state, population, seekers) = (Column("municipality"), Column("state"), Column("population"), Column("protection_seekers"));
        var rows = new List<Municipality>();
        while (parser.ReadFields() is { } fields)
        {
            if (int.TryParse(fields[population], CultureInfo.InvariantCulture, out var residents) && int.TryParse(fields[seekers], CultureInfo.InvariantCulture, out var protectionSeekers))
            {
                rows.Add(new Municipality(fields[name], fields[state], residents, protectionSeekers));
            }
        }
        return rows;
    }
}
