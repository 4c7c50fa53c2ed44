using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.SituationReports.Common;
using Krisenstab.SituationReports.Staff;

namespace Krisenstab.SituationReports.SectorReports;

/// <summary>A report as the request gives it, unchecked; <paramref name="Corrects"/> is set for a correction.</summary>
public sealed record FileSectorReport(
    Guid CrisisId, Guid ReportId, Sector? Sector, string? Function, string? Department, DateTimeOffset? AsOf, TrafficLight? Status,
    IReadOnlyList<KeyFigure?>? Figures, string? Text, Guid? Corrects);

/// <summary>Filing sector reports and corrections as pure decisions.</summary>
public static class SectorReportCommands
{
    public const int MaxTextLength = 10_000;
    public const int MaxNameLength = 200;
    public const int MaxFigures = 50;

    /// <summary>Files the report; it counts as overdue <paramref name="overdueAfter"/> after its as-of time (none given: never).</summary>
    public static Decision File(SectorReportSet state, FileSectorReport command, StaffFunctions functions, DateTimeOffset now, TimeSpan? overdueAfter = null)
    {
        var (function, badFunction) = functions.Resolve(command.Function, "function");
        var invalid = Fields.First(
            Fields.Present(command.Sector, "sector"),
            badFunction,
            Fields.Optional(command.Department, "department", MaxNameLength),
            Fields.Present(command.AsOf, "asOf"),
            Fields.NotLaterThan(command.AsOf, now, "asOf"),
            Fields.Present(command.Status, "status"),
            Fields.Required(command.Text, "text", MaxTextLength),
            CheckFigures(command.Figures));
        if (invalid is not null)
        {
            return invalid;
        }
        if (command.Corrects is { } corrected && Correcting(state, command.CrisisId, corrected, command.Sector!.Value) is { } refused)
        {
            return refused;
        }
        return Decision.Accept(new SectorReportFiled(
            command.CrisisId, command.ReportId, command.Sector!.Value, function!.Code, function.Name, Fields.Trimmed(command.Department),
            command.AsOf!.Value, command.Status!.Value, [.. command.Figures?.Select(f => f! with { Name = f.Name.Trim() }) ?? []], command.Text!.Trim(),
            command.Corrects, now, command.AsOf!.Value + overdueAfter));
    }

    public static DomainError NotFound(Guid crisisId, Guid reportId) =>
        DomainError.NotFound("report", $"Crisis {crisisId} has no sector report {reportId}.");

    private static DomainError? Correcting(SectorReportSet state, Guid crisisId, Guid corrected, Sector sector)
    {
        if (!state.Reports.TryGetValue(corrected, out var original))
        {
            return NotFound(crisisId, corrected);
        }
        if (state.CorrectedBy.TryGetValue(corrected, out var correction))
        {
            return DomainError.Conflict("report-already-corrected", $"Report {corrected} was corrected by {correction}; correct that one instead.");
        }
        return original.Sector != sector
            ? DomainError.Conflict("correction-changes-sector", $"Report {corrected} is on {original.Sector}; a correction stays on its sector.")
            : null;
    }

    private static DomainError? CheckFigures(IReadOnlyList<KeyFigure?>? figures)
    {
        if (figures is null)
        {
            return null;
        }
        if (figures.Count > MaxFigures)
        {
            return DomainError.Invalid("figures", $"'figures' has more than {MaxFigures} entries.");
        }
        return Fields.First([.. figures.Select((f, i) => CheckFigure(f, $"figures[{i}]"))]);
    }

    private static DomainError? CheckFigure(KeyFigure? figure, string field) =>
        figure is null ? DomainError.Invalid(field, $"'{field}' is empty.")
        : Fields.Required(figure.Name, $"{field}.name", MaxNameLength)
        ?? figure.Kind switch
        {
            KeyFigureKind.Count when figure is { Count: >= 0, Percentage: null, Text: null } => null,
            KeyFigureKind.Percentage when figure is { Percentage: >= 0 and <= 100, Count: null, Text: null } => null,
            KeyFigureKind.Text when figure is { Count: null, Percentage: null } => Fields.Required(figure.Text, $"{field}.text", MaxNameLength),
            _ => DomainError.Invalid(field, $"'{field}' of kind {figure.Kind} needs exactly its value: a count ≥ 0, a percentage from 0 to 100, or a text."),
        };
}
