using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Queries;
using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Krisenstab.Accommodation.Reservations;

/// <summary>
/// Lets reservations go when their time has come, so that their places show as free by themselves. Driven by the
/// <see cref="TimeProvider"/> (a fake clock in tests). Each expiry is an ordinary guarded command on the facility, so
/// several replicas sweeping at once record it once.
/// </summary>
public sealed class ReservationExpirySweep(
    FacilityDirectory directory,
    CommandRunner<Facility> facilities,
    TimeProvider time,
    IOptions<AccommodationOptions> options,
    ILogger<ReservationExpirySweep> logger) : BackgroundService
{
    public const string Actor = "accommodation-expiry";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExpirySweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogWarning(failure, "Expiring reservations failed; trying again at the next tick.");
            }
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = directory.Facilities.Where(f => f.Reservations.Values.Any(r => r.IsDueAt(now))).Select(f => f.Id).ToList();
        foreach (var facilityId in due)
        {
            var metadata = new EventMetadata { OccurredAt = now, ActorId = Actor, CorrelationId = Guid.CreateVersion7(now) };
            await facilities.ChangeAsync(facilityId, ReservationCommands.Expire, metadata, cancellationToken);
        }
    }
}
