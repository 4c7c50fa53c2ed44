using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.SituationReports.Common;

namespace Krisenstab.SituationReports.Consolidated;

public sealed record DraftReport(Guid CrisisId, Guid ReportId, ReportBlocks Blocks, IReadOnlyList<Guid> SectorReportIds, string? Author);

public sealed record BlocksInput(string? Overview, string? OutsideSituation, string? OwnSituation, string? Forecast);

public sealed record EditReport(Guid ReportId, BlocksInput Blocks, string? Editor);

public sealed record ReleaseReport(Guid ReportId, string? Releaser);

public sealed record SendReport(Guid ReportId, string? Recipient);

/// <summary>Draft → edit → release (four eyes) → send with the crisis's next running number: pure decisions.</summary>
public static class ConsolidatedReportCommands
{
    public const int MaxBlockLength = 20_000;
    public const int MaxRecipientLength = 200;

    public static Decision Draft(ConsolidatedReports state, DraftReport command, DateTimeOffset now)
    {
        if (MustBeSignedIn(command.Author) is { } anonymous)
        {
            return anonymous;
        }
        return state.Reports.ContainsKey(command.ReportId)
            ? DomainError.Conflict("report-exists", $"Report {command.ReportId} exists already.")
            : Decision.Accept(new ConsolidatedReportDrafted(command.CrisisId, command.ReportId, command.Blocks, command.SectorReportIds, command.Author!, now));
    }

    public static Decision Edit(ConsolidatedReports state, Guid crisisId, EditReport command, DateTimeOffset now)
    {
        var input = command.Blocks;
        var invalid = Fields.First(
            Fields.Required(input.Overview, "overview", MaxBlockLength),
            Fields.Optional(input.OutsideSituation, "outsideSituation", MaxBlockLength),
            Fields.Optional(input.OwnSituation, "ownSituation", MaxBlockLength),
            Fields.Optional(input.Forecast, "forecast", MaxBlockLength),
            MustBeSignedIn(command.Editor));
        if (invalid is not null)
        {
            return invalid;
        }
        if (!state.Reports.TryGetValue(command.ReportId, out var report))
        {
            return NotFound(crisisId, command.ReportId);
        }
        if (report.IsReleased)
        {
            return DomainError.Conflict("report-released", $"Report {report.Id} was released by {report.ReleasedBy}; it is no longer edited.");
        }
        var blocks = new ReportBlocks(input.Overview!.Trim(), input.OutsideSituation?.Trim() ?? "", input.OwnSituation?.Trim() ?? "", input.Forecast?.Trim() ?? "");
        return blocks == report.Blocks ? Decision.Nothing : Decision.Accept(new ConsolidatedReportEdited(crisisId, report.Id, blocks, command.Editor!, now));
    }

    /// <summary>Four eyes: whoever drafted or edited the report cannot release it.</summary>
    public static Decision Release(ConsolidatedReports state, Guid crisisId, ReleaseReport command, DateTimeOffset now)
    {
        if (MustBeSignedIn(command.Releaser) is { } anonymous)
        {
            return anonymous;
        }
        if (!state.Reports.TryGetValue(command.ReportId, out var report))
        {
            return NotFound(crisisId, command.ReportId);
        }
        if (report.IsReleased)
        {
            return Decision.Nothing;
        }
        return report.Authors.Contains(command.Releaser!, StringComparer.Ordinal)
            ? DomainError.Conflict("four-eyes", $"{command.Releaser} wrote this report and cannot release it; another head of staff releases it.")
            : Decision.Accept(new ConsolidatedReportReleased(crisisId, report.Id, command.Releaser!, now));
    }

    /// <summary>Sends a released report under the crisis's next running number; sending it again changes nothing.</summary>
    public static Decision Send(ConsolidatedReports state, Guid crisisId, SendReport command, DateTimeOffset now)
    {
        if (Fields.Required(command.Recipient, "recipient", MaxRecipientLength) is { } invalid)
        {
            return invalid;
        }
        if (!state.Reports.TryGetValue(command.ReportId, out var report))
        {
            return NotFound(crisisId, command.ReportId);
        }
        if (report.IsSent)
        {
            return Decision.Nothing;
        }
        return report.IsReleased
            ? Decision.Accept(new ConsolidatedReportSent(crisisId, report.Id, state.Sent + 1, command.Recipient!.Trim(), report.Blocks, report.ReleasedBy!, now))
            : DomainError.Conflict("report-not-released", $"Report {report.Id} is not released yet; the head of staff releases it before it is sent.");
    }

    public static DomainError NotFound(Guid crisisId, Guid reportId) =>
        DomainError.NotFound("consolidated-report", $"Crisis {crisisId} has no situation report {reportId}.");

    private static DomainError? MustBeSignedIn(string? user) =>
        string.IsNullOrWhiteSpace(user) ? DomainError.Conflict("no-user", "The signed-in user has no name; authorship cannot be recorded.") : null;
}
