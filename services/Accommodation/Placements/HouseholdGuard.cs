using Krisenstab.Accommodation.Facilities;
using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// Keeps a household in at most one facility. Placing touches two streams, so it is two guarded appends: first the
/// household's own stream (<c>household-{ref}</c>) is claimed for the facility, under that stream's version — of two
/// placements of one household into two facilities only one can claim it — then the facility places it under the
/// facility's version. A refused placement releases the claim; a move-out releases it; a transfer hands it over.
/// A crash between the two steps leaves a claim whose facility does not hold the household: it never doubles a
/// household, only blocks it, and a claim older than <see cref="AccommodationOptions.HouseholdClaimLease"/> that no
/// facility backs is taken over by the next placement (running the interrupted request again finishes it at once).
/// </summary>
public sealed class HouseholdGuard(
    CommandRunner<HouseholdClaim> claims, AggregateStore<Facility> facilities, IOptions<AccommodationOptions> options, ILogger<HouseholdGuard> logger)
{
    public async Task<DomainError?> ClaimAsync(string householdRef, Guid facilityId, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var stream = claims.Store.StreamOf(householdRef);
        var seen = (await claims.Store.LoadAsync(stream, cancellationToken)).State;
        var backed = await IsHeldByAnyAsync(householdRef, seen.Holders, cancellationToken);
        var claimed = await claims.RunAsync(
            stream,
            (claim, now) => HouseholdClaimCommands.Claim(claim, householdRef, facilityId, now, seen, stale: !backed && now - seen.ClaimedAt > options.Value.HouseholdClaimLease),
            metadata,
            cancellationToken);
        return claimed.Error;
    }

    public async Task<DomainError?> HandOverAsync(string householdRef, Guid fromId, Guid toId, EventMetadata metadata, CancellationToken cancellationToken) =>
        (await claims.RunAsync(
            claims.Store.StreamOf(householdRef), (claim, now) => HouseholdClaimCommands.HandOver(claim, householdRef, fromId, toId, now), metadata, cancellationToken)).Error;

    /// <summary>Best effort: a release that fails leaves a claim no facility backs, which the next placement takes over after the lease.</summary>
    public async Task ReleaseAsync(string householdRef, Guid facilityId, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var released = await claims.RunAsync(
            claims.Store.StreamOf(householdRef), (claim, _) => HouseholdClaimCommands.Release(claim, householdRef, facilityId), metadata, cancellationToken);
        if (released.Error is { } error)
        {
            logger.LogWarning("Releasing household {Household} from {Facility} failed: {Detail}", householdRef, facilityId, error.Detail);
        }
    }

    private async Task<bool> IsHeldByAnyAsync(string householdRef, IEnumerable<Guid> holders, CancellationToken cancellationToken)
    {
        foreach (var holder in holders)
        {
            if ((await facilities.LoadAsync(holder, cancellationToken)).State.Households.ContainsKey(householdRef))
            {
                return true;
            }
        }
        return false;
    }
}
