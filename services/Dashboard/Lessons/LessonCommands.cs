using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.Dashboard.Lessons;

/// <summary>The body of <c>POST /api/dashboard/crises/{id}/notes</c>.</summary>
public sealed record NoteLessonRequest(DateTimeOffset? Moment, string? Category, string? Text);

/// <summary>Noting a lesson: the pure decision, no I/O.</summary>
public static class LessonCommands
{
    public const int MaxTextLength = 2000;

    /// <summary>The checked note's parts, or the field that is wrong.</summary>
    public static (LessonNoted? Note, DomainError? Error) Read(NoteLessonRequest request, Guid noteId, string? author, string? role, DateTimeOffset now)
    {
        if (request.Moment is not { } moment)
        {
            return (null, DomainError.Invalid("moment", "'moment' is the time of the crisis the note is about, e.g. 2025-03-01T08:00:00Z."));
        }
        if (moment > now)
        {
            return (null, DomainError.Invalid("moment", "'moment' lies in the future; a lesson is about what has happened."));
        }
        if (!TryCategory(request.Category, out var category))
        {
            return (null, DomainError.Invalid("category", "'category' is one of went-well, too-late, went-wrong, improvement."));
        }
        var text = request.Text?.Trim() ?? "";
        if (text.Length is 0 or > MaxTextLength)
        {
            return (null, DomainError.Invalid("text", $"'text' says what the lesson is, 1 to {MaxTextLength} characters."));
        }
        return (new LessonNoted(noteId, moment, category, text, author, role, now), null);
    }

    public static Decision Note(CrisisLessons lessons, LessonNoted note) =>
        lessons.Notes.Any(n => n.NoteId == note.NoteId) ? Decision.Nothing : Decision.Accept(note);

    private static bool TryCategory(string? text, out LessonCategory category)
    {
        category = default;
        var name = text?.Replace("-", "", StringComparison.Ordinal);
        return text is not null && text.Trim() == text && Enum.TryParse(name, ignoreCase: true, out category) && Enum.IsDefined(category) && !int.TryParse(text, out _);
    }
}
