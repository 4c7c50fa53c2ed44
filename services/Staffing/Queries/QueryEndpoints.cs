using System.Globalization;
using Krisenstab.Contracts.Staffing;
using Krisenstab.ServiceDefaults;
using Krisenstab.Staffing.Deployments;
using Krisenstab.Staffing.Members;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Krisenstab.Staffing.Queries;

/// <summary>The read side: open requests, suggestions, who is where today, departments, experience, the volunteer's view, hours.</summary>
public static class QueryEndpoints
{
    public const int MaxSuggestions = 50;

    public static void MapQueryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/requests", ListRequests).RequireReadRole();
        api.MapGet("/requests/{id:guid}/suggestions", SuggestAsync).RequireStaffRole();
        api.MapGet("/members/{id:guid}/open-requests", OpenRequestsFor).RequireStaffRole();
        api.MapGet("/deployments", DeployedAsync).RequireStaffRole();
        api.MapGet("/departments", GetDepartments).RequireReadRole();
        api.MapGet("/experience", ExperienceAsync).RequireStaffRole();
        api.MapGet("/hours.csv", HoursCsvAsync).RequireStaffRole();
        api.MapGet("/hours", HoursAsync).RequireStaffRole();
    }

    /// <summary><c>?open=true</c>: only requests not yet filled; newest period first otherwise.</summary>
    private static Ok<IReadOnlyList<RequestView>> ListRequests(StaffingDirectory directory, bool? open) =>
        TypedResults.Ok<IReadOnlyList<RequestView>>([.. directory.Requests
            .Where(r => open != true || !r.IsFilled)
            .OrderBy(r => r.Period.From).ThenBy(r => r.Id)
            .Select(RequestView.Of)]);

    private static async Task<Results<Ok<IReadOnlyList<SuggestionView>>, ProblemHttpResult>> SuggestAsync(
        Guid id, int? limit, StaffingDirectory directory, MemberPresenter present, IOptions<StaffingOptions> options, CancellationToken cancellationToken)
    {
        if (limit is <= 0 or > MaxSuggestions)
        {
            return DomainError.Invalid("limit", $"'limit' must be between 1 and {MaxSuggestions}.").ToProblem();
        }
        if (directory.FindRequest(id) is not { } request)
        {
            return RequestCommands.NotFound(id).ToProblem();
        }
        var ranked = Suggestions.Rank(directory, request, options.Value.MaxDepartmentShare, limit ?? 10);
        var names = await present.NamesAsync(ranked.Select(s => s.MemberId), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SuggestionView>>([.. ranked.Select((s, i) => new SuggestionView(s, names[i]))]);
    }

    private static Results<Ok<IReadOnlyList<RequestView>>, ProblemHttpResult> OpenRequestsFor(Guid id, StaffingDirectory directory) =>
        directory.FindMember(id) is { } member
            ? TypedResults.Ok<IReadOnlyList<RequestView>>([.. Views.Claimable(directory, member).Select(RequestView.Of)])
            : MemberErrors.NotFound(id).ToProblem();

    /// <summary><c>?date=yyyy-MM-dd</c> (default today).</summary>
    private static async Task<Ok<IReadOnlyList<DeployedToday>>> DeployedAsync(
        DateOnly? date, StaffingDirectory directory, MemberPresenter present, TimeProvider time, CancellationToken cancellationToken)
    {
        var deployed = Views.DeployedOn(directory, date ?? Today(time)).OrderBy(x => x.Request.Place, StringComparer.Ordinal).ThenBy(x => x.Member.Id).ToList();
        var names = await present.NamesAsync(deployed.Select(x => x.Member.Id), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DeployedToday>>([.. deployed.Select((x, i) => new DeployedToday(
            x.Member.Id, names[i], x.Member.Kind, x.Member.HomeDepartment, x.Request.Id, x.Request.Place, x.Request.FacilityId,
            [.. x.Member.Languages.Select(l => l.Code)]))]);
    }

    private static Ok<IReadOnlyList<DepartmentView>> GetDepartments(DateOnly? date, StaffingDirectory directory, IOptions<StaffingOptions> options, TimeProvider time) =>
        TypedResults.Ok(Views.Departments(directory, date ?? Today(time), options.Value.MaxDepartmentShare));

    /// <summary><c>?skill=&amp;language=</c>: members deployed before on requests asking for it.</summary>
    private static async Task<Results<Ok<IReadOnlyList<ExperienceView>>, ProblemHttpResult>> ExperienceAsync(
        Skill? skill, string? language, StaffingDirectory directory, MemberPresenter present, CancellationToken cancellationToken)
    {
        var code = language is null ? null : LanguageTag.Canonical(language);
        if (language is not null && code is null)
        {
            return DomainError.Invalid("language", $"'{language}' is not a BCP 47 language tag.").ToProblem();
        }
        var found = Views.Experienced(directory, skill, code).ToList();
        var names = await present.NamesAsync(found.Select(x => x.Member.Id), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ExperienceView>>([.. found.Select((x, i) => new ExperienceView(
            x.Member.Id, names[i], x.Member.Kind, x.Member.HomeDepartment, x.Deployments))]);
    }

    /// <summary><c>?month=yyyy-MM</c>: hours and deployments per volunteer, as CSV for the expense allowance.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> HoursCsvAsync(
        string? month, StaffingDirectory directory, MemberPresenter present, CancellationToken cancellationToken)
    {
        if (await MonthAsync(month, directory, present, cancellationToken) is not { } rows)
        {
            return MonthRequired().ToProblem();
        }
        var csv = HoursSummary.ToCsv(rows, month!);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"stunden-{month}.csv");
    }

    /// <summary>The same month as JSON, for the page's table.</summary>
    private static async Task<Results<Ok<IReadOnlyList<MonthlyHours>>, ProblemHttpResult>> HoursAsync(
        string? month, StaffingDirectory directory, MemberPresenter present, CancellationToken cancellationToken) =>
        await MonthAsync(month, directory, present, cancellationToken) is { } rows ? TypedResults.Ok(rows) : MonthRequired().ToProblem();

    private static async Task<IReadOnlyList<MonthlyHours>?> MonthAsync(
        string? month, StaffingDirectory directory, MemberPresenter present, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return null;
        }
        var rows = HoursSummary.Month(directory, first.Year, first.Month);
        var names = await present.NamesAsync(rows.Select(r => r.MemberId), cancellationToken);
        return [.. rows.Select((r, i) => new MonthlyHours(r.MemberId, names[i], r.Kind, r.Hours, r.Deployments))];
    }

    private static DomainError MonthRequired() => DomainError.Invalid("month", "'month' is required as yyyy-MM.");

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}

/// <summary>A suggestion with the member's name revealed.</summary>
public sealed record SuggestionView(Suggestion Fit, string Name);
