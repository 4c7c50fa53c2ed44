using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.SituationReports.Common;

namespace Krisenstab.SituationReports.Incidents;

/// <summary>What the request says, before the text is sealed.</summary>
public sealed record IncidentInput(Guid? FacilityId, IncidentCategory? Category, IncidentSeverity? Severity, DateTimeOffset? OccurredAt, string? Text);

public sealed record ReportIncident(Guid CrisisId, Guid IncidentId, IncidentInput Input, PersonalText Text);

public sealed record UpdateIncident(IncidentCategory? Category, IncidentSeverity? Severity, PersonalText? Text);

/// <summary>
/// Incidents as pure decisions. The text is checked as plain text first (<see cref="CheckReport"/>), then sealed by the
/// endpoint, so the decisions only ever see the sealed <see cref="PersonalText"/>.
/// </summary>
public static class IncidentCommands
{
    public const int MaxTextLength = 4_000;

    public static DomainError? CheckReport(IncidentInput input, DateTimeOffset now) =>
        Fields.First(
            input.FacilityId is null || input.FacilityId == Guid.Empty ? DomainError.Invalid("facilityId", "'facilityId' is required: the facility's id.") : null,
            Fields.Present(input.Category, "category"),
            Fields.Present(input.Severity, "severity"),
            Fields.Present(input.OccurredAt, "occurredAt"),
            Fields.NotLaterThan(input.OccurredAt, now, "occurredAt"),
            Fields.Required(input.Text, "text", MaxTextLength));

    public static DomainError? CheckText(string? text) => Fields.Optional(text, "text", MaxTextLength) ?? (text is not null && string.IsNullOrWhiteSpace(text) ? DomainError.Invalid("text", "'text' must not be empty.") : null);

    public static Decision Report(Incident state, ReportIncident command, DateTimeOffset now)
    {
        if (CheckReport(command.Input, now) is { } invalid)
        {
            return invalid;
        }
        if (state.Exists)
        {
            return DomainError.Conflict("incident-exists", $"Incident {command.IncidentId} exists already.");
        }
        var input = command.Input;
        return Decision.Accept(new IncidentReported(
            command.CrisisId, command.IncidentId, input.FacilityId!.Value, input.Category!.Value, input.Severity!.Value, input.OccurredAt!.Value, command.Text, now));
    }

    /// <summary>Category, severity or text; what is left out stays as it is.</summary>
    public static Decision Update(Incident state, UpdateIncident command, DateTimeOffset now)
    {
        if (state.IsClosed)
        {
            return DomainError.Conflict("incident-closed", $"Incident {state.Id} was closed at {state.ClosedAt:O}.");
        }
        var (category, severity) = (command.Category ?? state.Category, command.Severity ?? state.Severity);
        return category == state.Category && severity == state.Severity && command.Text is null
            ? Decision.Nothing
            : Decision.Accept(new IncidentUpdated(state.CrisisId, state.Id, state.FacilityId, category, severity, command.Text, now));
    }

    public static Decision Close(Incident state, DateTimeOffset now) =>
        state.IsClosed ? Decision.Nothing : Decision.Accept(new IncidentClosed(state.CrisisId, state.Id, state.FacilityId, state.Category, state.Severity, now));

    public static DomainError NotFound(Guid crisisId, Guid incidentId) =>
        DomainError.NotFound("incident", $"Crisis {crisisId} has no incident {incidentId}.");
}
