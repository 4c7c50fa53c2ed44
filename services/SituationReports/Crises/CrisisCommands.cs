using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.SituationReports.Crises;

public sealed record OpenCrisis(Guid CrisisId, string? Name, string? Region);

public sealed record CloseCrisis(Guid CrisisId, string? Reason);

public sealed record EscalateCrisis(Guid CrisisId, int? Level, string? Reason);

/// <summary>The crisis lifecycle as pure decisions: (state, command, now) → events or a refusal.</summary>
public static class CrisisCommands
{
    public const int MaxNameLength = 200;
    public const int MaxRegionLength = 200;
    public const int MaxReasonLength = 2000;

    public static Decision Open(Crisis? state, OpenCrisis command, DateTimeOffset now)
    {
        if (Required("name", command.Name, MaxNameLength) is { } nameError)
        {
            return nameError;
        }
        if (Required("region", command.Region, MaxRegionLength) is { } regionError)
        {
            return regionError;
        }
        if (state is not null)
        {
            return DomainError.Conflict("crisis-exists", $"Crisis {command.CrisisId} has already been opened.");
        }
        return Decision.Accept(new CrisisOpened(command.CrisisId, command.Name!.Trim(), command.Region!.Trim(), now));
    }

    public static Decision Close(Crisis? state, CloseCrisis command, DateTimeOffset now)
    {
        if (Optional("reason", command.Reason, MaxReasonLength, out var reason) is { } reasonError)
        {
            return reasonError;
        }
        if (MustBeOpen(state, command.CrisisId) is { } refusal)
        {
            return refusal;
        }
        return Decision.Accept(new CrisisClosed(command.CrisisId, now, reason));
    }

    /// <summary>Raises the alert level; lowering it is not an escalation and is refused.</summary>
    public static Decision Escalate(Crisis? state, EscalateCrisis command, DateTimeOffset now)
    {
        if (command.Level is not { } level || level < CrisisEscalated.OpeningLevel || level > CrisisEscalated.MaxLevel)
        {
            return DomainError.Invalid("level", $"The level must be a whole number from {CrisisEscalated.OpeningLevel} to {CrisisEscalated.MaxLevel}.");
        }
        if (Optional("reason", command.Reason, MaxReasonLength, out var reason) is { } reasonError)
        {
            return reasonError;
        }
        if (MustBeOpen(state, command.CrisisId) is { } refusal)
        {
            return refusal;
        }
        if (level <= state!.Level)
        {
            return DomainError.Conflict("not-an-escalation", $"Crisis {command.CrisisId} is at level {state.Level} already; escalating means a higher level.");
        }
        return Decision.Accept(new CrisisEscalated(command.CrisisId, state.Level, level, reason, now));
    }

    private static DomainError? MustBeOpen(Crisis? state, Guid crisisId)
    {
        if (state is null)
        {
            return DomainError.NotFound("crisis", $"There is no crisis {crisisId}.");
        }
        return state.Status == CrisisStatus.Closed
            ? DomainError.Conflict("crisis-already-closed", $"Crisis {crisisId} was closed at {state.ClosedAt:O}.")
            : null;
    }

    private static DomainError? Optional(string field, string? value, int maxLength, out string? trimmed)
    {
        trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return trimmed?.Length > maxLength
            ? DomainError.Invalid(field, $"The {field} must be at most {maxLength} characters long.")
            : null;
    }

    private static DomainError? Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DomainError.Invalid(field, $"The {field} is required.");
        }
        return value.Trim().Length > maxLength
            ? DomainError.Invalid(field, $"The {field} must be at most {maxLength} characters long.")
            : null;
    }
}
