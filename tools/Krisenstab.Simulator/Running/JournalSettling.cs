using System.Text.Json;
using Krisenstab.Simulator.Scenario;

namespace Krisenstab.Simulator.Running;

/// <summary>The dashboard journals events as they arrive over the bus: wait until the crisis's picture stops growing.</summary>
public static class JournalSettling
{
    public static async Task<long> WaitAsync(ApiSession api, Guid crisisId, TimeProvider realTime, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = realTime.GetTimestamp();
        long last = -1;
        var stableFor = 0;
        while (realTime.GetElapsedTime(deadline) < timeout)
        {
            var answer = await api.SendAsync(Actor.Operator, HttpMethod.Get, $"/api/dashboard/crises/{crisisId}/picture", null, cancellationToken);
            var length = answer.Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("journalLength", out var value) ? value.GetInt64() : -1;
            stableFor = length == last ? stableFor + 1 : 0;
            if (stableFor >= 3)
            {
                return length;
            }
            last = length;
            await Task.Delay(TimeSpan.FromMilliseconds(500), realTime, cancellationToken);
        }
        return last;
    }
}
