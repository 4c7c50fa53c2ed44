using System.Globalization;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// <c>GET /api/dashboard/crises/{id}/audit?actor=&amp;from=&amp;to=</c> (admin, analyst): who did what in a crisis, when, in
/// which role — its journal narrowed to one actor and a time range (both ends included), without the events' data.
/// </summary>
public static class CrisisAudit
{
    public const int MaxActorLength = 200;

    public static RouteHandlerBuilder MapCrisisAudit(this RouteGroupBuilder api) =>
        api.MapGet("/crises/{id:guid}/audit", GetAsync).RequireRoles(Roles.Admin, Roles.Analyst);

    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> GetAsync(
        Guid id, string? actor, string? from, string? to, DashboardJournal journal, CancellationToken cancellationToken)
    {
        var (start, badStart) = Time(from, "from");
        var (end, badEnd) = Time(to, "to");
        var invalid = badStart ?? badEnd
            ?? (start > end ? DomainError.Invalid("from", "'from' must not be after 'to'.") : null)
            ?? (actor?.Length > MaxActorLength ? DomainError.Invalid("actor", $"'actor' has at most {MaxActorLength} characters.") : null);
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }
        var entries = await journal.ReadAsync(JournalStreams.Crisis(id), cancellationToken);
        if (entries.Count == 0)
        {
            return DomainError.NotFound("crisis", $"The dashboard knows nothing of crisis {id} (yet).").ToProblem();
        }
        return TypedResults.Ok<IReadOnlyList<AuditEntry>>([.. entries
            .Where(e => actor is null || string.Equals(e.Metadata.ActorId, actor, StringComparison.Ordinal))
            .Where(e => (start is null || e.Metadata.OccurredAt >= start) && (end is null || e.Metadata.OccurredAt <= end))
            .Select(AuditEntry.From)]);
    }

    private static (DateTimeOffset? Time, DomainError? Error) Time(string? text, string name) =>
        text is null ? (null, null)
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? (time, null)
        : (null, DomainError.Invalid(name, $"'{name}' must be a timestamp such as 2025-03-01T08:00:00Z."));
}

/// <summary>One thing done in a crisis: what (the event's wire name), when, by whom, in which role, under which request.</summary>
public sealed record AuditEntry(Guid EventId, string EventType, DateTimeOffset OccurredAt, string? ActorId, string? ActorRole, Guid? CorrelationId)
{
    public static AuditEntry From(JournalEntry entry) =>
        new(entry.EventId, entry.EventType, entry.Metadata.OccurredAt, entry.Metadata.ActorId, entry.Metadata.ActorRole, entry.Metadata.CorrelationId);
}
