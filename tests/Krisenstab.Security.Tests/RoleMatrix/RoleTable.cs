using System.Globalization;
using System.Text;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Security.Tests.RoleMatrix;

/// <summary>The README's table of who may call what, generated from the endpoint list and the hubs' methods.</summary>
public static class RoleTable
{
    public const string Begin = "<!-- role-table:begin (generated: tests/Krisenstab.Security.Tests checks it) -->";
    public const string End = "<!-- role-table:end -->";

    public static string Markdown(IEnumerable<DeclaredEndpoint> endpoints, IEnumerable<DeclaredHubMethod> hubMethods)
    {
        var table = new StringBuilder();
        table.Append("| call | roles |\n|---|---|\n");
        foreach (var endpoint in endpoints)
        {
            var roles = endpoint.Anonymous ? "anyone (no token)" : Describe(endpoint.Roles);
            table.Append(CultureInfo.InvariantCulture, $"| `{endpoint.Method} {endpoint.Pattern}` | {roles} |\n");
        }
        foreach (var method in hubMethods)
        {
            table.Append(CultureInfo.InvariantCulture, $"| hub `{method.HubPath}` → `{method.Method.Name}` | {Describe(method.Roles)} |\n");
        }
        return table.ToString();
    }

    /// <summary>The table as the README holds it between the markers.</summary>
    public static string InReadme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no role table between '{Begin}' and '{End}'.");
        return readme[(start + Begin.Length)..end].Trim('\n') + "\n";
    }

    private static string Describe(IReadOnlyList<string>? roles) =>
        roles is null ? "**none declared**"
        : roles.Count == Roles.All.Count && Roles.All.All(roles.Contains) ? "every role"
        : string.Join(", ", roles.Select(role => $"`{role}`"));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Krisenstab.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Krisenstab.sln not found above the test's folder.");
    }
}
