using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.SituationReports.Crises;

public sealed record OpenCrisis(Guid CrisisId, string? Name, string? Region);

public sealed record CloseCrisis(Guid CrisisId, string? Reason);

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
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (reason?.Length > MaxReasonLength)
        {
            return DomainError.Invalid("reason", $"The reason must be at most {MaxReasonLength} characters long.");
        }
        if (state is null)
        {
            return DomainError.NotFound("crisis", $"There is no crisis {command.CrisisId}.");
        }
        if (state.Status == CrisisStatus.Closed)
        {
            return DomainError.Conflict("crisis-already-closed", $"Crisis {command.CrisisId} was closed at {state.ClosedAt:O}.");
        }
        return Decision.Accept(new CrisisClosed(command.CrisisId, now, reason));
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
