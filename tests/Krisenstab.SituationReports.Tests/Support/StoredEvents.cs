using Krisenstab.EventStore;

namespace Krisenstab.SituationReports.Tests.Support;

public static class StoredEvents
{
    /// <summary>How many events the situation store holds: unchanged after a refused command.</summary>
    public static async Task<int> CountAsync(SituationApp app) =>
        (await app.Gateway.KeyedService<IEventStore>(SituationReportsModule.StoreName).ReadAllAsync(0, 10_000)).Count;
}
