namespace Krisenstab.Dashboard.Logbook;

/// <summary>
/// One line of the staff log (Einsatztagebuch) as the crisis journal gives it: its consecutive number (the position in
/// the journal, 1 first), when it happened and when it was entered, who entered it (sign-in name, role, function), the
/// unit concerned, the category (<c>automatic</c> for another service's event) and the text in German and English.
/// A correction names the number it supersedes; a superseded line the number of its correction — both stay shown.
/// <see cref="LogNumber"/> is a keeper's entry's own number in the logbook (what a correction is addressed by).
/// </summary>
public sealed record StaffLogRow(
    int Number,
    DateTimeOffset OccurredAt,
    DateTimeOffset EnteredAt,
    string? Author,
    string? Role,
    string? Function,
    string? Unit,
    string Category,
    string De,
    string En,
    Guid EventId,
    string EventType,
    int? Supersedes = null,
    int? SupersededBy = null,
    int? LogNumber = null);
