using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults.Commands;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>
/// Commands on a facility through the shared <see cref="CommandRunner{TState}"/>. One stream per facility
/// (<c>facility-{id}</c>), so its invariant is guarded by that stream's version.
/// </summary>
public static class FacilityRuns
{
    public const string Category = "facility";

    public static Task<CommandResult<Facility>> RegisterAsync(
        this CommandRunner<Facility> facilities, RegisterFacility command, EventMetadata metadata, CancellationToken cancellationToken, IdempotencyKey? key = null) =>
        facilities.RunAsync(
            facilities.Store.StreamOf(command.FacilityId), (facility, now) => FacilityCommands.Register(facility, command, now), metadata, cancellationToken, key);

    /// <summary>A command on a registered facility; 404 when there is none.</summary>
    public static Task<CommandResult<Facility>> ChangeAsync(
        this CommandRunner<Facility> facilities,
        Guid facilityId,
        CommandRunner<Facility>.Decide decide,
        EventMetadata metadata,
        CancellationToken cancellationToken,
        IdempotencyKey? key = null) =>
        facilities.RunAsync(
            facilities.Store.StreamOf(facilityId),
            (facility, now) => facility.Exists ? decide(facility, now) : FacilityErrors.NotFound(facilityId),
            metadata,
            cancellationToken,
            key);
}
