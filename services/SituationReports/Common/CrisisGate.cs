using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Crises;

namespace Krisenstab.SituationReports.Common;

/// <summary>
/// Whether a crisis can take a new record (announcement, report, meeting, incident): it exists and is open. Read from
/// the crisis stream before the record is decided; a crisis closed in between still takes that one record, which is
/// harmless (closing a crisis ends nothing it has recorded).
/// </summary>
public sealed class CrisisGate(AggregateStore<Crisis?> crises)
{
    public async Task<DomainError?> MustBeOpenAsync(Guid crisisId, CancellationToken cancellationToken)
    {
        var crisis = (await crises.LoadAsync(crisisId, cancellationToken)).State;
        return crisis is null ? NotFound(crisisId)
            : crisis.Status == CrisisStatus.Closed ? DomainError.Conflict("crisis-already-closed", $"Crisis {crisisId} was closed at {crisis.ClosedAt:O}.")
            : null;
    }

    public async Task<DomainError?> MustExistAsync(Guid crisisId, CancellationToken cancellationToken) =>
        (await crises.LoadAsync(crisisId, cancellationToken)).State is null ? NotFound(crisisId) : null;

    public static DomainError NotFound(Guid crisisId) => DomainError.NotFound("crisis", $"There is no crisis {crisisId}.");
}
