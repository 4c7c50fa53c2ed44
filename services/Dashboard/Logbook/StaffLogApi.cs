using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Documents;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Dashboard.Logbook;

/// <summary>
/// The staff log of a crisis, read from its journal: <c>GET /api/dashboard/crises/{id}/staff-log</c> (JSON) and
/// <c>…/staff-log.csv</c> and <c>…/staff-log.pdf</c> (title page with the chain anchor), all with the filters <c>from</c>, <c>to</c>, <c>unit</c>, <c>author</c>, <c>category</c>.
/// Not for the press: the log names people and holds the keeper's working notes.
/// </summary>
public static class StaffLogApi
{
    public static IReadOnlyList<string> ReadRoles { get; } = [Roles.Staff, Roles.Head, Roles.Analyst, Roles.Admin];

    public static void MapStaffLog(this RouteGroupBuilder api)
    {
        api.MapGet("/crises/{id:guid}/staff-log", async (Guid id, string? from, string? to, string? unit, string? author, string? category, DashboardJournal journal, CancellationToken ct) =>
            await ReadAsync(id, from, to, unit, author, category, journal, rows => TypedResults.Ok(rows), ct)).RequireRoles(ReadRoles);
        api.MapGet("/crises/{id:guid}/staff-log.csv", async (Guid id, string? from, string? to, string? unit, string? author, string? category, DashboardJournal journal, CancellationToken ct) =>
            await ReadAsync(id, from, to, unit, author, category, journal, rows => TypedResults.Text(StaffLogCsv.Of(rows), "text/csv; charset=utf-8"), ct)).RequireRoles(ReadRoles);
        api.MapGet("/crises/{id:guid}/staff-log.pdf", async (
            Guid id, string? from, string? to, string? unit, string? author, string? category, DashboardJournal journal, JournalVerifier verifier,
            SituationPictures pictures, DocumentFonts fonts, CancellationToken ct) =>
        {
            var chain = await verifier.VerifyAsync(JournalStreams.Crisis(id), null, ct);
            var name = pictures.Find(id)?.Name ?? id.ToString();
            return await ReadAsync(id, from, to, unit, author, category, journal,
                rows => TypedResults.File(StaffLogPdf.Render(name, rows, chain, fonts), RecordPdf.ContentType, $"einsatztagebuch-{id}.pdf"), ct);
        }).RequireRoles(ReadRoles);
    }

    private static async Task<IResult> ReadAsync(
        Guid id, string? from, string? to, string? unit, string? author, string? category, DashboardJournal journal,
        Func<IReadOnlyList<StaffLogRow>, IResult> answer, CancellationToken cancellationToken)
    {
        var (filter, error) = StaffLogFilter.Read(from, to, unit, author, category);
        if (error is not null)
        {
            return error.ToProblem();
        }
        var entries = await journal.ReadAsync(JournalStreams.Crisis(id), cancellationToken);
        if (entries.Count == 0)
        {
            return DomainError.NotFound("crisis", $"The dashboard knows nothing of crisis {id} (yet).").ToProblem();
        }
        return answer([.. StaffLogRows.Of(entries).Where(filter!.Keeps)]);
    }
}
