using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.EventStore;

/// <summary>
/// Lets a read see what this process wrote before it: the store's read models (<see cref="ReadModelSubscriptions"/>)
/// are waited for until they hold this process's latest append (<see cref="IAppendWatermark"/>), at most
/// <see cref="MaxWait"/>; then the read answers with what they hold. Writes of other processes are not waited for.
/// </summary>
public sealed class ReadYourWrites(IServiceProvider services, ReadModelSubscriptions readModels)
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    /// <summary>True when every read model of the store holds this process's appends so far.</summary>
    public async Task<bool> CaughtUpAsync(string storeName, CancellationToken cancellationToken)
    {
        var appended = services.GetRequiredKeyedService<IAppendWatermark>(storeName).LastAppendedPosition;
        var behind = readModels.Of(storeName).Where(s => s.Position < appended).ToList();
        if (behind.Count == 0)
        {
            return true;
        }
        var reached = await Task.WhenAll(behind.Select(s => s.WaitForAsync(appended, MaxWait, cancellationToken)));
        return reached.All(r => r);
    }
}
