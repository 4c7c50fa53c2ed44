using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.Accommodation.Facilities;

public sealed record RegisterFacility(
    Guid FacilityId,
    string Name,
    FacilityKind Kind,
    string Town,
    string Address,
    FacilityOperator Operator,
    int Capacity,
    IReadOnlyList<FacilityFeature> Features);

public sealed record ChangeCapacity(int Capacity);

public sealed record BlockPlaces(Guid BlockId, int Places, BlockReason Reason, string? Note);

public sealed record UnblockPlaces(Guid BlockId);

public sealed record CloseFacility(string? Reason);

/// <summary>The facility's life and size: pure decisions (state, command, now) → events or a refusal.</summary>
public static class FacilityCommands
{
    public const int MaxCapacity = 10_000;
    public const int MaxNameLength = 200;

    public static Decision Register(Facility state, RegisterFacility command, DateTimeOffset now)
    {
        if (state.Exists)
        {
            return DomainError.Conflict("facility-exists", $"Facility {command.FacilityId} is registered already.");
        }
        var invalid = Input.FirstError(
            Input.Text(command.Name, "name", MaxNameLength),
            Input.Text(command.Town, "town", MaxNameLength),
            Input.Text(command.Address, "address", MaxNameLength),
            command.Operator.Kind == OperatorKind.Organisation
                ? Input.Text(command.Operator.Name, "operator.name", MaxNameLength)
                : Input.OptionalText(command.Operator.Name, "operator.name", MaxNameLength),
            Input.NotNegative(command.Capacity, "capacity", MaxCapacity));
        if (invalid is not null)
        {
            return invalid;
        }
        return new FacilityChanges(state).Record(occupancy => new FacilityRegistered(
            command.FacilityId,
            command.Name.Trim(),
            command.Kind,
            command.Town.Trim(),
            command.Address.Trim(),
            command.Operator,
            command.Capacity,
            [.. command.Features.Distinct().Order()],
            now,
            occupancy));
    }

    public static Decision ChangeCapacity(Facility state, ChangeCapacity command)
    {
        if (Input.NotNegative(command.Capacity, "capacity", MaxCapacity) is { } invalid)
        {
            return invalid;
        }
        var inUse = state.Occupied + state.Blocked + state.Reserved;
        if (command.Capacity < inUse)
        {
            return new DomainError(
                DomainErrorKind.Conflict,
                "capacity-below-use",
                $"{state.Name} has {inUse} places in use, blocked or reserved; capacity cannot drop to {command.Capacity}.",
                "capacity");
        }
        if (command.Capacity == state.Capacity)
        {
            return Decision.Nothing;
        }
        return new FacilityChanges(state).Record(occupancy =>
            new FacilityCapacityChanged(state.Id, state.Capacity, command.Capacity, occupancy));
    }

    public static Decision Block(Facility state, BlockPlaces command)
    {
        if (Input.FirstError(Input.Positive(command.Places, "places", MaxCapacity), Input.OptionalText(command.Note, "note", MaxNameLength)) is { } invalid)
        {
            return invalid;
        }
        if (state.Blocks.ContainsKey(command.BlockId))
        {
            return DomainError.Conflict("block-exists", $"Block {command.BlockId} exists already.");
        }
        if (state.Unused < command.Places)
        {
            return FacilityErrors.NoRoom(state, command.Places);
        }
        return new FacilityChanges(state).Record(occupancy =>
            new PlacesBlocked(state.Id, command.BlockId, command.Places, command.Reason, command.Note, occupancy));
    }

    public static Decision Unblock(Facility state, UnblockPlaces command)
    {
        if (!state.Blocks.TryGetValue(command.BlockId, out var block))
        {
            return DomainError.NotFound("block", $"{state.Name} has no block {command.BlockId}.");
        }
        return new FacilityChanges(state).Record(occupancy => new PlacesUnblocked(state.Id, block.Id, block.Places, occupancy));
    }

    public static Decision Close(Facility state, CloseFacility command)
    {
        if (Input.OptionalText(command.Reason, "reason", MaxNameLength) is { } invalid)
        {
            return invalid;
        }
        return state.IsClosed
            ? Decision.Nothing
            : new FacilityChanges(state).Record(occupancy => new FacilityClosed(state.Id, command.Reason, occupancy));
    }

    public static Decision Reopen(Facility state) =>
        state.IsClosed
            ? new FacilityChanges(state).Record(occupancy => new FacilityReopened(state.Id, occupancy))
            : Decision.Nothing;

    /// <summary>The operator says the figures shown are right; the free-places view uses this for freshness.</summary>
    public static Decision Confirm(Facility state, DateTimeOffset now) =>
        new FacilityChanges(state).Record(occupancy => new OccupancyConfirmed(state.Id, now, occupancy));
}
