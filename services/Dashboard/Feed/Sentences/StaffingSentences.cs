using System.Globalization;
using Krisenstab.Contracts.Staffing;

namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>
/// The sentences of the staff pool's events; null for any other event. Members are personal data: a sentence names a
/// member's kind, home department and languages, never the person (their fields are sealed in the events anyway).
/// </summary>
public static class StaffingSentences
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static Sentence? Of(object @event) => @event switch
    {
        MemberRegistered e => Pool(new($"{Member(e.Kind, e.HomeDepartment).De} aufgenommen{Languages(e.Languages.Select(l => l.Code))}",
            $"{Member(e.Kind, e.HomeDepartment).En} joined{Languages(e.Languages.Select(l => l.Code))}")),
        AvailabilityChanged => Pool(new("Verfügbarkeit eines Mitglieds geändert", "a member's availability changed")),
        DeploymentRequested e => Requested(e),
        MemberAssigned e => new(
            $"{e.Place}: {Member(e.Kind, e.HomeDepartment).De} {(e.SelfClaimed ? "hat den Einsatz übernommen" : "eingesetzt")}{Languages(e.Languages)}, {Fill(e.Fill).De}",
            $"{e.Place}: {Member(e.Kind, e.HomeDepartment).En} {(e.SelfClaimed ? "took the deployment" : "deployed")}{Languages(e.Languages)}, {Fill(e.Fill).En}"),
        AssignmentConfirmed e => new(
            $"Personaleinsatz bestätigt{Words.InParentheses(e.HomeDepartment)}, {Fill(e.Fill).De}", $"Deployment confirmed{Words.InParentheses(e.HomeDepartment)}, {Fill(e.Fill).En}"),
        MemberReleased e => e.HomeDepartment is { } home
            ? new($"Mitarbeiter/in zurück an {home}, {Fill(e.Fill).De}", $"Staff member back to {home}, {Fill(e.Fill).En}")
            : new($"Einsatz beendet, {Fill(e.Fill).De}", $"Deployment ended, {Fill(e.Fill).En}"),
        HoursRecorded e => new(
            $"Einsatzstunden erfasst: {e.Hours.ToString("0.##", German)} h am {e.Day.ToString("dd.MM.yyyy", German)}",
            $"Deployment hours recorded: {e.Hours.ToString("0.##", English)} h on {e.Day.ToString("d MMM yyyy", English)}"),
        _ => null,
    };

    private static Sentence Requested(DeploymentRequested e)
    {
        var people = Words.People(e.Fill.Needed);
        var what = e.Interpreting ? new Sentence("Sprachmittlung", "interpreting") : new Sentence("Personal", "staff");
        var days = new Sentence(
            $"{e.Period.From.ToString("dd.MM.", German)}–{e.Period.To.ToString("dd.MM.yyyy", German)}",
            $"{e.Period.From.ToString("d MMM", English)}–{e.Period.To.ToString("d MMM yyyy", English)}");
        return new(
            $"{e.Place}: {e.Unit} fordert {what.De} an, {people.De}{Languages(e.RequiredLanguages)}, {days.De}",
            $"{e.Place}: {e.Unit} requests {what.En}, {people.En}{Languages(e.RequiredLanguages)}, {days.En}");
    }

    private static Sentence Pool(Sentence what) => new($"Personalpool: {what.De}", $"Staff pool: {what.En}");

    /// <summary>"Mitarbeiter/in aus Bürgeramt" / "staff member from Bürgeramt"; volunteers and interpreters by kind.</summary>
    private static Sentence Member(MemberKind kind, string? homeDepartment) => kind switch
    {
        MemberKind.Staff => new($"Mitarbeiter/in{From(homeDepartment).De}", $"staff member{From(homeDepartment).En}"),
        MemberKind.Interpreter => new("Sprachmittler/in", "interpreter"),
        _ => new("Ehrenamtliche/r", "volunteer"),
    };

    private static Sentence From(string? homeDepartment) =>
        homeDepartment is { Length: > 0 } home ? new($" aus {home}", $" from {home}") : new("", "");

    /// <summary>"2 von 3 besetzt" / "2 of 3 filled".</summary>
    private static Sentence Fill(RequestFill fill) => new($"{fill.Assigned} von {fill.Needed} besetzt", $"{fill.Assigned} of {fill.Needed} filled");

    /// <summary>" (uk, ru)" when languages are given.</summary>
    private static string Languages(IEnumerable<string> codes) => Words.InParentheses(string.Join(", ", codes));
}
