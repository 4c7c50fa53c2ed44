namespace Krisenstab.Dashboard.Lessons;

/// <summary>A lesson-learned note: the moment it is about, its category and text, who wrote it (sign-in name and role) and when.</summary>
public sealed record LessonNote(Guid NoteId, DateTimeOffset Moment, LessonCategory Category, string Text, string? Author, string? AuthorRole, DateTimeOffset WrittenAt);

/// <summary>The lessons learned of one crisis, folded from <c>lessons-{crisisId}</c>; notes are only ever added.</summary>
public sealed record CrisisLessons(IReadOnlyList<LessonNote> Notes)
{
    public const string Category = "lessons";

    public static CrisisLessons None { get; } = new([]);

    public CrisisLessons Apply(object @event) => @event switch
    {
        LessonNoted n => new([.. Notes, new LessonNote(n.NoteId, n.Moment, n.Category, n.Text, n.Author, n.AuthorRole, n.WrittenAt)]),
        _ => this,
    };

    /// <summary>By the moment they are about, then as written.</summary>
    public IReadOnlyList<LessonNote> ByMoment() => [.. Notes.OrderBy(n => n.Moment).ThenBy(n => n.WrittenAt)];
}
