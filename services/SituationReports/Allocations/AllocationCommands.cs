using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.SituationReports.Common;

namespace Krisenstab.SituationReports.Allocations;

/// <summary>What the state announces (the figures as the request gives them, unchecked).</summary>
public sealed record AllocationInput(DateOnly? ExpectedOn, ArrivalWindow? Window, int? People, int? Households, IReadOnlyList<string?>? Languages, string? Origin);

public sealed record AnnounceAllocation(Guid CrisisId, Guid AnnouncementId, AllocationInput Input);

public sealed record ChangeAllocation(AllocationInput Input, string? Reason);

public sealed record CancelAllocation(string? Reason);

public sealed record RecordArrival(Guid ArrivalId, int? People, int? Households, DateTimeOffset? ArrivedAt);

/// <summary>Announcements and arrivals as pure decisions: (state, command, now) → events or a refusal.</summary>
public static class AllocationCommands
{
    public const int MaxPeople = 10_000;
    public const int MaxTextLength = 200;
    public const int MaxReasonLength = 2_000;
    public const int MaxLanguages = 20;
    public const int MaxLanguageLength = 35;

    public static Decision Announce(Announcement state, AnnounceAllocation command, DateTimeOffset now)
    {
        var (figures, invalid) = Check(command.Input);
        if (invalid is not null)
        {
            return invalid;
        }
        if (state.Exists)
        {
            return DomainError.Conflict("announcement-exists", $"Announcement {command.AnnouncementId} exists already.");
        }
        return Decision.Accept(new AllocationAnnounced(command.CrisisId, command.AnnouncementId, figures!, now));
    }

    /// <summary>A change replaces the figures and keeps the earlier ones as history; the same figures again change nothing.</summary>
    public static Decision Change(Announcement state, ChangeAllocation command, DateTimeOffset now)
    {
        var (figures, invalid) = Check(command.Input);
        if ((invalid ?? Fields.Optional(command.Reason, "reason", MaxReasonLength)) is { } refused)
        {
            return refused;
        }
        if (state.IsCancelled)
        {
            return Cancelled(state);
        }
        if (figures!.SameAs(state.Figures))
        {
            return Decision.Nothing;
        }
        return Decision.Accept(new AllocationChanged(state.CrisisId, state.Id, figures!, Fields.Trimmed(command.Reason), now));
    }

    public static Decision Cancel(Announcement state, CancelAllocation command, DateTimeOffset now)
    {
        if (Fields.Optional(command.Reason, "reason", MaxReasonLength) is { } invalid)
        {
            return invalid;
        }
        return state.IsCancelled
            ? Decision.Nothing
            : Decision.Accept(new AllocationCancelled(state.CrisisId, state.Id, state.Figures.ExpectedOn, state.Figures.People, Fields.Trimmed(command.Reason), now));
    }

    /// <summary>Any number may arrive, any day — partly, late, more or fewer than announced — but never against a cancelled announcement.</summary>
    public static Decision RecordArrival(Announcement state, RecordArrival command, DateTimeOffset now)
    {
        var invalid = Fields.First(
            Fields.Between(command.People, "people", 1, MaxPeople),
            Fields.OptionalBetween(command.Households, "households", 1, command.People ?? MaxPeople),
            Fields.NotLaterThan(command.ArrivedAt, now, "arrivedAt"));
        if (invalid is not null)
        {
            return invalid;
        }
        if (state.IsCancelled)
        {
            return Cancelled(state);
        }
        var people = command.People!.Value;
        return Decision.Accept(new ArrivalRecorded(
            state.CrisisId, state.Id, command.ArrivalId, people, command.Households, command.ArrivedAt ?? now,
            state.Figures.ExpectedOn, state.Figures.People, state.Arrived + people));
    }

    private static DomainError Cancelled(Announcement state) =>
        DomainError.Conflict("announcement-cancelled", $"Announcement {state.Id} was cancelled{(state.CancelReason is null ? "" : $" ({state.CancelReason})")}; record arrivals on a new announcement.");

    private static (AllocationFigures? Figures, DomainError? Error) Check(AllocationInput input)
    {
        var invalid = Fields.First(
            Fields.Present(input.ExpectedOn, "expectedOn"),
            Fields.Between(input.People, "people", 1, MaxPeople),
            Fields.OptionalBetween(input.Households, "households", 1, input.People ?? MaxPeople),
            Fields.Required(input.Origin, "origin", MaxTextLength),
            Fields.Texts(input.Languages, "languages", MaxLanguages, MaxLanguageLength),
            input.Window is { } window && window.From >= window.Until ? DomainError.Invalid("window", "'window.from' must be before 'window.until'.") : null);
        if (invalid is not null)
        {
            return (null, invalid);
        }
        var languages = (input.Languages ?? []).Select(l => l!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return (new AllocationFigures(input.ExpectedOn!.Value, input.Window, input.People!.Value, input.Households, languages, input.Origin!.Trim()), null);
    }
}
