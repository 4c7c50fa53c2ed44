using Krisenstab.Contracts.Logbook;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.Logbook.StaffLog;

/// <summary>What the keeper writes: a category the keeper may choose, the unit concerned, the text, when it happened.</summary>
public sealed record WriteEntry(Guid EntryId, StaffLogCategory Category, string? Unit, string? Text, DateTimeOffset? OccurredAt);

/// <summary>A correction of entry <paramref name="Supersedes"/>: the corrected text (and unit, time) as a new entry.</summary>
public sealed record CorrectEntry(Guid EntryId, int Supersedes, string? Unit, string? Text, DateTimeOffset? OccurredAt);

/// <summary>
/// The staff log as pure decisions: (state, command, now) → events or a refusal. One keeper at a time; only the
/// keeper writes, corrects and closes; the head of staff countersigns, never the keeper who closed. Every event is
/// an entry with the next number, decided on the whole log, so numbers stay consecutive under concurrent writes.
/// </summary>
public static class StaffLogCommands
{
    public const string NotKeeper = "not-keeper";
    public const string OwnLog = "own-log";

    /// <summary>The categories the keeper writes; corrections, handovers and the closing are written by their own commands.</summary>
    public static readonly IReadOnlySet<StaffLogCategory> Written = new HashSet<StaffLogCategory>
    {
        StaffLogCategory.SituationReport, StaffLogCategory.Message, StaffLogCategory.Request, StaffLogCategory.Decision,
        StaffLogCategory.Finding, StaffLogCategory.Order, StaffLogCategory.Assessment,
    };

    /// <summary>
    /// <paramref name="user"/> takes the log over from <paramref name="previousKeeper"/> — the keeper the user saw. If
    /// someone else took it over meanwhile, the takeover is refused, so two at the same instant never both succeed.
    /// </summary>
    public static Decision TakeOver(StaffLogState state, Guid crisisId, string user, string? previousKeeper, string? function, DateTimeOffset now)
    {
        var invalid = LogbookInput.Text(function, "function", LogbookInput.MaxShortLength);
        if (invalid is not null)
        {
            return invalid;
        }
        if (Closed(state) is { } closed)
        {
            return closed;
        }
        if (string.Equals(state.Keeper, user, StringComparison.Ordinal))
        {
            return DomainError.Conflict("already-keeper", $"{user} keeps this staff log already.");
        }
        if (!string.Equals(state.Keeper, Blank(previousKeeper), StringComparison.Ordinal))
        {
            return DomainError.Conflict("keeper-changed",
                $"The staff log is kept by {state.Keeper ?? "nobody"}, not by {Blank(previousKeeper) ?? "nobody"}; take it over from the keeper it has now.");
        }
        return Decision.Accept(new StaffLogKeeperHandedOver(crisisId, state.NextNumber, state.Keeper, user, function!.Trim(), now));
    }

    public static Decision Write(StaffLogState state, string user, WriteEntry command, DateTimeOffset now)
    {
        var invalid = LogbookInput.First(
            Written.Contains(command.Category) ? null : DomainError.Invalid("category", $"'category' must be one of {string.Join(", ", Written)}."),
            LogbookInput.Text(command.Unit, "unit", LogbookInput.MaxShortLength),
            LogbookInput.Text(command.Text, "text"),
            command.OccurredAt is { } at ? LogbookInput.NotInFuture(at, "occurredAt", now) : null);
        return invalid ?? Closed(state) ?? NotTheKeeper(state, user)
            ?? Decision.Accept(new StaffLogEntryWritten(
                state.CrisisId, command.EntryId, state.NextNumber, command.Category, command.Unit!.Trim(), state.KeeperFunction,
                command.Text!.Trim(), command.OccurredAt ?? now, now));
    }

    public static Decision Correct(StaffLogState state, string user, CorrectEntry command, DateTimeOffset now)
    {
        var invalid = LogbookInput.First(
            command.Unit is null ? null : LogbookInput.Text(command.Unit, "unit", LogbookInput.MaxShortLength),
            LogbookInput.Text(command.Text, "text"),
            command.OccurredAt is { } at ? LogbookInput.NotInFuture(at, "occurredAt", now) : null);
        if ((invalid ?? Closed(state) ?? NotTheKeeper(state, user)) is { } refused)
        {
            return refused;
        }
        if (state.Line(command.Supersedes) is not { IsCorrectable: true } superseded)
        {
            return DomainError.NotFound("entry", $"The staff log has no written entry {command.Supersedes} to correct.");
        }
        if (superseded.SupersededBy is { } by)
        {
            return DomainError.Conflict("already-corrected", $"Entry {superseded.Number} is corrected by entry {by} already; correct that one.");
        }
        return Decision.Accept(new StaffLogEntryCorrected(
            state.CrisisId, command.EntryId, state.NextNumber, superseded.EntryId!.Value, superseded.Number,
            command.Unit?.Trim() ?? superseded.Unit, state.KeeperFunction, command.Text!.Trim(), command.OccurredAt ?? superseded.OccurredAt, now));
    }

    public static Decision Close(StaffLogState state, string user, DateTimeOffset now) =>
        Closed(state) ?? NotTheKeeper(state, user)
        ?? Decision.Accept(new StaffLogClosed(state.CrisisId, state.NextNumber, user, state.KeeperFunction, state.LastNumber, now));

    /// <summary>Four eyes: the head of staff countersigns a closed log, and never one they closed themselves.</summary>
    public static Decision Countersign(StaffLogState state, string user, DateTimeOffset now)
    {
        if (!state.IsClosed)
        {
            return DomainError.Conflict("log-open", "The staff log is not closed yet; the keeper closes it first.");
        }
        if (state.CountersignedBy is { } head)
        {
            return DomainError.Conflict("already-countersigned", $"The staff log is countersigned by {head} already.");
        }
        return string.Equals(state.ClosedBy, user, StringComparison.Ordinal)
            ? DomainError.Conflict(OwnLog, "The keeper who closed the staff log cannot countersign it; another head of staff does.")
            : Decision.Accept(new StaffLogCountersigned(state.CrisisId, state.NextNumber, user, state.ClosedBy!, now));
    }

    private static DomainError? Closed(StaffLogState state) =>
        state.IsClosed ? DomainError.Conflict("log-closed", $"The staff log was closed by {state.ClosedBy}; nothing more is written into it.") : null;

    private static DomainError? NotTheKeeper(StaffLogState state, string user) =>
        string.Equals(state.Keeper, user, StringComparison.Ordinal)
            ? null
            : DomainError.Conflict(NotKeeper, state.Keeper is null
                ? "Nobody keeps this staff log yet; take it over first."
                : $"Only the keeper ({state.Keeper}) writes the staff log; take it over first.");

    private static string? Blank(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}
