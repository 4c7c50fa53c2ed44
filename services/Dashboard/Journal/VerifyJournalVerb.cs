using Krisenstab.EventStore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// The command-line verb <c>verify-journal {crisisId|accommodation} [--anchor {length}:{hash}]</c>: verifies the
/// journal in the dashboard's store named by the configuration (the same settings the service starts with), prints
/// the result and the anchor to keep, and exits 0 when intact, 1 when a link is broken, 2 when called wrongly.
/// </summary>
public static class VerifyJournalVerb
{
    public const string Name = "verify-journal";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, IConfiguration configuration, TextWriter output)
    {
        var journal = arguments.Count > 0 ? JournalOf(arguments[0]) : null;
        var anchor = arguments.Count == 3 && arguments[1] == "--anchor" ? JournalAnchor.TryParse(arguments[2]) : null;
        if (journal is null || arguments.Count is not (1 or 3) || (arguments.Count == 3 && anchor is null))
        {
            await output.WriteLineAsync($"usage: {Name} <crisis id|accommodation> [--anchor <length>:<64 hex digits>]");
            return 2;
        }
        var services = new ServiceCollection().AddEventStore(DashboardModule.StoreName, configuration);
        await using var provider = services.BuildServiceProvider();
        var verification = await new JournalVerifier(provider.GetRequiredKeyedService<IEventStore>(DashboardModule.StoreName))
            .VerifyAsync(journal.Value, anchor, CancellationToken.None);
        await output.WriteLineAsync(Describe(verification));
        return verification.Intact ? 0 : 1;
    }

    public static string Describe(JournalVerification verification)
    {
        var lines = new List<string> { $"journal {verification.Journal}: {verification.Length} entries verified, anchor {verification.Anchor}" };
        if (verification.FirstBroken is { } broken)
        {
            lines.Add($"BROKEN at entry {broken.Version} ({broken.EventId?.ToString() ?? "no id"}, {broken.EventType ?? "no type"}): {broken.Reason}");
        }
        if (verification.AnchorCheck is { } check)
        {
            lines.Add(check.Matches ? $"anchor {check.Anchor}: matches" : $"anchor {check.Anchor}: DOES NOT MATCH — {check.Reason}");
        }
        lines.Add(verification.Intact ? "intact" : "NOT INTACT");
        return string.Join(Environment.NewLine, lines);
    }

    private static StreamName? JournalOf(string name) =>
        name == "accommodation" ? JournalStreams.Accommodation
        : Guid.TryParse(name, out var crisisId) ? JournalStreams.Crisis(crisisId)
        : null;
}
