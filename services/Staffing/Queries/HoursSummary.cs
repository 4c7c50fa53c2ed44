using System.Globalization;
using CsvHelper;
using Krisenstab.Contracts.Staffing;

namespace Krisenstab.Staffing.Queries;

/// <summary>One volunteer's month for the expense allowance.</summary>
public sealed record MonthlyHours(Guid MemberId, string Name, MemberKind Kind, decimal Hours, int Deployments);

/// <summary>Hours per volunteer and month (staff are paid by their department, so they are left out), and its CSV.</summary>
public static class HoursSummary
{
    public static IReadOnlyList<(Guid MemberId, MemberKind Kind, decimal Hours, int Deployments)> Month(StaffingDirectory directory, int year, int month) =>
        [.. directory.Members
            .Where(m => m.Kind != MemberKind.Staff)
            .Select(m =>
            {
                var days = directory.AssignmentsOf(m.Id)
                    .Select(x => x.Assignment.Hours.Where(h => h.Key.Year == year && h.Key.Month == month).Sum(h => h.Value))
                    .ToList();
                return (m.Id, m.Kind, days.Sum(), days.Count(h => h > 0));
            })
            .Where(x => x.Item3 > 0)
            .OrderBy(x => x.Id)];

    /// <summary>RFC 4180 CSV with a header: member, name, kind, month, hours, deployments.</summary>
    public static string ToCsv(IEnumerable<MonthlyHours> rows, string month)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // A name beginning with = + - @ is escaped, so a spreadsheet never runs it as a formula.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteHeader(["memberId", "name", "kind", "month", "hours", "deployments"]);
            foreach (var row in rows)
            {
                csv.WriteRecord([
                    row.MemberId.ToString(), row.Name, Wire.Of(row.Kind), month,
                    row.Hours.ToString("0.##", CultureInfo.InvariantCulture), row.Deployments.ToString(CultureInfo.InvariantCulture)]);
            }
            csv.Flush();
        }
        return text.ToString();
    }
}
