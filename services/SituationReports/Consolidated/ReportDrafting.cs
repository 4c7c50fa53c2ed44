using System.Globalization;
using System.Text;
using Krisenstab.Contracts.Situation;
using Krisenstab.SituationReports.Allocations;
using Krisenstab.SituationReports.Crises;

namespace Krisenstab.SituationReports.Consolidated;

/// <summary>What a draft is made from: the crisis, the latest standing report per sector, the allocations.</summary>
public sealed record DraftSources(
    Crisis Crisis, IReadOnlyDictionary<Sector, SectorReportFiled> LatestPerSector, TimeSpan OverdueAfter, AllocationTotals Allocations, IReadOnlyList<CalendarDay> NextDays);

/// <summary>Drafts the four blocks in German from the sources — pure, so the draft is tested without a store.</summary>
public static class ReportDrafting
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static ReportBlocks Draft(DraftSources sources, DateTimeOffset now)
    {
        var latest = Enum.GetValues<Sector>().Where(sources.LatestPerSector.ContainsKey).Select(s => sources.LatestPerSector[s]).ToList();
        var overdue = latest.Where(r => now - r.AsOf > sources.OverdueAfter).Select(r => GermanTerms.Of(r.Sector)).ToList();
        var counts = string.Join(", ", Enum.GetValues<TrafficLight>().Select(t => $"{latest.Count(r => r.Status == t)} {GermanTerms.Of(t)}"));
        var a = sources.Allocations;
        var overview = $"{sources.Crisis.Name} ({sources.Crisis.Region}), Stand {When(now)}, Alarmstufe {sources.Crisis.Level}. "
            + $"Zuweisungen: {a.Announced} Personen angekündigt, {a.Arrived} angekommen, {a.Placed} untergebracht. "
            + $"Sachgebiete: {counts}" + (overdue.Count == 0 ? "." : $"; überfällig: {string.Join(", ", overdue)}.");

        var expected = sources.NextDays.Where(d => d.Announced > 0).ToList();
        var outside = expected.Count == 0
            ? "Für die nächsten sieben Tage sind keine Zuweisungen angekündigt."
            : "Angekündigte Zuweisungen des Landes:\n" + string.Join("\n", expected.SelectMany(d => d.Announcements).Select(x =>
                $"- {x.ExpectedOn.ToString("dd.MM.yyyy", German)}: {x.Announced} Personen aus {x.Origin}"));

        var own = new StringBuilder();
        foreach (var report in latest)
        {
            own.Append(German, $"{GermanTerms.Of(report.Sector)} ({report.Function} {report.FunctionName}, Stand {When(report.AsOf)}): {GermanTerms.Of(report.Status)}. {report.Text}");
            if (report.Figures.Count > 0)
            {
                own.Append(German, $" Kennzahlen: {string.Join("; ", report.Figures.Select(Figure))}.");
            }
            own.AppendLine(overdue.Contains(GermanTerms.Of(report.Sector)) ? " (Bericht überfällig)" : "");
        }
        var forecast = $"In den nächsten sieben Tagen werden {sources.NextDays.Sum(d => d.Announced)} Personen erwartet.";
        return new ReportBlocks(overview, outside, latest.Count == 0 ? "Es liegen keine Fachlageberichte vor." : own.ToString().TrimEnd(), forecast);
    }

    private static string Figure(KeyFigure figure) => figure.Kind switch
    {
        KeyFigureKind.Count => $"{figure.Name} {figure.Count}",
        KeyFigureKind.Percentage => $"{figure.Name} {figure.Percentage?.ToString("0.#", German)} %",
        _ => $"{figure.Name}: {figure.Text}",
    };

    private static string When(DateTimeOffset at) => GermanTerms.WallTime(at);
}
