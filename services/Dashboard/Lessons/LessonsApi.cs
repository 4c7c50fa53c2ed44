using Krisenstab.Dashboard.Pictures;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Dashboard.Lessons;

/// <summary><c>GET/POST /api/dashboard/crises/{id}/notes</c> (analyst or higher): the crisis's lessons learned.</summary>
public static class LessonsApi
{
    public static void MapLessons(this RouteGroupBuilder api)
    {
        var notes = api.MapGroup("/crises/{id:guid}/notes").RequireRoles(AnalysisRoles.AnalystOrHigher);
        notes.MapGet("", ListAsync);
        notes.MapPost("", NoteAsync);
    }

    private static async Task<Results<Ok<IReadOnlyList<LessonNote>>, ProblemHttpResult>> ListAsync(
        Guid id, SituationPictures pictures, ILessonNotes lessons, CancellationToken cancellationToken) =>
        pictures.Find(id) is null ? Unknown(id) : TypedResults.Ok(await lessons.ListAsync(id, cancellationToken));

    /// <summary>201 with the note; with an <c>Idempotency-Key</c> the note's id is derived from it, so a retry notes once.</summary>
    private static async Task<Results<Created<LessonNote>, ProblemHttpResult>> NoteAsync(
        Guid id, NoteLessonRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, SituationPictures pictures, CommandRunner<CrisisLessons> lessons, TimeProvider time, CancellationToken cancellationToken)
    {
        var (key, badKey) = IdempotencyKey.From(idempotencyKey, id, "note-lesson", request);
        var metadata = CommandMetadata.For(http, time, id);
        var noteId = key is null ? Guid.CreateVersion7(metadata.OccurredAt) : key.EventId(0);
        var (note, invalid) = LessonCommands.Read(request, noteId, metadata.ActorId, metadata.ActorRole, metadata.OccurredAt);
        if ((badKey ?? invalid) is { } error)
        {
            return error.ToProblem();
        }
        if (pictures.Find(id) is null)
        {
            return Unknown(id);
        }
        var outcome = await lessons.RunAsync(lessons.Store.StreamOf(id), (state, _) => LessonCommands.Note(state, note!), metadata, cancellationToken, key);
        if (outcome.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var stored = outcome.State.Notes.First(n => n.NoteId == noteId);
        return TypedResults.Created($"/api/dashboard/crises/{id}/notes", stored);
    }

    private static ProblemHttpResult Unknown(Guid id) =>
        DomainError.NotFound("crisis", $"The dashboard knows nothing of crisis {id} (yet).").ToProblem();
}
