using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// <c>GET /api/dashboard/crises/{id}/journal/verify?anchor=</c> and <c>GET /api/dashboard/accommodation/journal/verify?anchor=</c>
/// (analyst, head, admin): the journal's chain re-computed from the stored rows; the first broken link, if any; the
/// current head as an anchor to keep; with <c>anchor</c> ({length}:{hash}) also whether the chain still leads through it.
/// </summary>
public static class JournalVerificationApi
{
    public static readonly string[] Verifiers = [Roles.Analyst, Roles.Head, Roles.Admin];

    public static void MapJournalVerification(this RouteGroupBuilder api)
    {
        api.MapGet("/crises/{id:guid}/journal/verify", VerifyCrisisAsync).RequireRoles(Verifiers);
        api.MapGet("/accommodation/journal/verify", VerifyAccommodationAsync).RequireRoles(Verifiers);
    }

    private static async Task<Results<Ok<JournalVerification>, ProblemHttpResult>> VerifyCrisisAsync(
        Guid id, string? anchor, JournalVerifier verifier, CancellationToken cancellationToken)
    {
        var (kept, error) = ReadAnchor(anchor);
        if (error is not null)
        {
            return error.ToProblem();
        }
        var verification = await verifier.VerifyAsync(JournalStreams.Crisis(id), kept, cancellationToken);
        return verification is { Length: 0, FirstBroken: null }
            ? DomainError.NotFound("crisis", $"The dashboard knows nothing of crisis {id} (yet).").ToProblem()
            : TypedResults.Ok(verification);
    }

    private static async Task<Results<Ok<JournalVerification>, ProblemHttpResult>> VerifyAccommodationAsync(
        string? anchor, JournalVerifier verifier, CancellationToken cancellationToken)
    {
        var (kept, error) = ReadAnchor(anchor);
        return error is not null ? error.ToProblem() : TypedResults.Ok(await verifier.VerifyAsync(JournalStreams.Accommodation, kept, cancellationToken));
    }

    private static (JournalAnchor? Anchor, DomainError? Error) ReadAnchor(string? anchor) =>
        anchor is null ? (null, null)
        : JournalAnchor.TryParse(anchor) is { } kept ? (kept, null)
        : (null, DomainError.Invalid("anchor", "'anchor' must be a chain head as the verification gives it: {length}:{64 hex digits}."));
}
