using System.Text.RegularExpressions;

namespace Krisenstab.ServiceDefaults.PersonalData;

/// <summary>
/// A data subject's id: a pseudonym such as <c>volunteer-0193…</c>, never a name. It appears in events, routes and the
/// erasure audit, so it must say nothing about the person.
/// </summary>
public static partial class PersonalSubject
{
    public static string For(string kind, Guid id) => $"{kind}-{id:N}";

    public static bool IsValid(string? subject) => subject is not null && Shape().IsMatch(subject);

    public static string Checked(string subject) =>
        IsValid(subject) ? subject : throw new ArgumentException($"'{subject}' is not a data subject id: letters, digits, '-', '_' or '.', at most 100.", nameof(subject));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex Shape();
}
