using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.Dashboard.Lessons;
using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Exports;

/// <summary>
/// A <c>note</c> line: a lesson-learned note on a moment of the crisis (<see cref="LessonNote"/>). Notes are the
/// analysts' reading of the record, not part of it: they are in no journal and no chain, so the file's anchors do not
/// cover them.
/// </summary>
public sealed record ExportNote(string Kind, Guid NoteId, DateTimeOffset Moment, LessonCategory Category, string Text, string? Author, string? AuthorRole, DateTimeOffset WrittenAt)
{
    public const string NoteKind = "note";

    public static ExportNote From(LessonNote note) =>
        new(NoteKind, note.NoteId, note.Moment, note.Category, note.Text, note.Author, note.AuthorRole, note.WrittenAt);

    /// <summary>The note of a parsed <c>note</c> line; throws <see cref="ExportFileException"/> when it is not one.</summary>
    public static ExportNote Read(ExportLine line)
    {
        try
        {
            return line.Json.Deserialize<ExportNote>(ContractJson.Options) is { NoteId: var id, Text.Length: > 0 } note && id != Guid.Empty
                ? note
                : throw new ExportFileException(line.Number, "a note needs its noteId, moment, category and text.");
        }
        catch (JsonException failed)
        {
            throw new ExportFileException(line.Number, $"the note is not readable: {failed.Message}");
        }
    }

    /// <summary>The note as the event the lessons' stream holds, under its own id, written by its author at its time.</summary>
    public EventData ToEventData(Guid crisisId) =>
        new EventSerializer(LessonEvents.Map).Serialize(
            new LessonNoted(NoteId, Moment, Category, Text, Author, AuthorRole, WrittenAt),
            new EventMetadata { OccurredAt = WrittenAt, CrisisId = crisisId, ActorId = Author, ActorRole = AuthorRole },
            NoteId);
}
