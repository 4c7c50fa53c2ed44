using System.Globalization;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Dashboard;

/// <summary>The dashboard's HTTP API under <c>/api/dashboard</c>: situation pictures and crisis journals (read only).</summary>
public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/dashboard").WithTags("Dashboard");
        api.MapGet("/crises", ListPictures);
        api.MapGet("/crises/{id:guid}/picture", GetPictureAsync);
        api.MapGet("/crises/{id:guid}/journal", GetJournalAsync);
        return api;
    }

    private static Ok<IReadOnlyList<SituationPicture>> ListPictures(SituationPictures pictures) => TypedResults.Ok(pictures.All());

    /// <summary>The live picture, or with <c>asOf</c> the picture as it was then: the journal folded up to that time.</summary>
    private static async Task<Results<Ok<SituationPicture>, ProblemHttpResult>> GetPictureAsync(
        Guid id, string? asOf, SituationPictures pictures, CrisisJournal journal, CancellationToken cancellationToken)
    {
        if (asOf is null)
        {
            return pictures.Find(id) is { } live ? TypedResults.Ok(live) : NoPicture(id);
        }
        if (!DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return DomainError.Invalid("asOf", "asOf must be a timestamp such as 2025-03-01T08:00:00Z.").ToProblem();
        }
        var entries = (await journal.ReadAsync(id, cancellationToken)).Where(e => e.Metadata.OccurredAt <= time).ToList();
        return entries.Count == 0 ? NoPicture(id) : TypedResults.Ok(SituationPicture.Fold(id, entries));
    }

    private static async Task<Results<Ok<IReadOnlyList<JournalEntryView>>, ProblemHttpResult>> GetJournalAsync(
        Guid id, CrisisJournal journal, CancellationToken cancellationToken)
    {
        var entries = await journal.ReadAsync(id, cancellationToken);
        return entries.Count == 0
            ? NoPicture(id)
            : TypedResults.Ok<IReadOnlyList<JournalEntryView>>([.. entries.Select(JournalEntryView.From)]);
    }

    private static ProblemHttpResult NoPicture(Guid id) =>
        DomainError.NotFound("crisis", $"The dashboard knows nothing of crisis {id} (yet).").ToProblem();
}
