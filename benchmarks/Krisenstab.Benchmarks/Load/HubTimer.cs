using System.Diagnostics;
using System.Text.Json;
using Krisenstab.Contracts;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Benchmarks.Load;

/// <summary>
/// A SignalR client of the situation hub (all crises) noting when each facility's new figures arrive. The hub sends
/// whole states and may coalesce them (a client that falls behind gets the latest one), so a placement that left
/// <c>occupied = n</c> is shown by the first push carrying <c>occupied ≥ n</c> (the benchmark only places, so a
/// facility's occupied count only grows).
/// </summary>
public sealed class HubTimer : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Dictionary<Guid, List<(int Occupied, long At)>> _arrivals = [];
    private readonly Lock _lock = new();
    private long _lastMessage = Stopwatch.GetTimestamp();

    private HubTimer(HubConnection connection) => _connection = connection;

    public int Closed { get; private set; }

    /// <summary>Pushes received about facilities (whatever they carried).</summary>
    public int Pushes { get; private set; }

    public static async Task<HubTimer> ConnectAsync(Uri gateway, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(gateway, "/hubs/situation"), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddJsonProtocol(options => ContractJson.Configure(options.PayloadSerializerOptions))
            .Build();
        var timer = new HubTimer(connection);
        connection.On<JsonElement>("accommodationChanged", change => timer.Arrived(change.GetProperty("facility")));
        connection.Closed += _ =>
        {
            timer.Closed++;
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("JoinAllCrises");
        return timer;
    }

    /// <summary>When the first push showing at least <paramref name="occupied"/> for the facility arrived; null if none did.</summary>
    public long? ArrivalOf(Guid facility, int occupied)
    {
        lock (_lock)
        {
            if (!_arrivals.TryGetValue(facility, out var arrivals))
            {
                return null;
            }
            // Arrivals are in the order pushed, so their occupied counts only grow: the first one ≥ n.
            var (low, high) = (0, arrivals.Count);
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = arrivals[middle].Occupied >= occupied ? (low, middle) : (middle + 1, high);
            }
            return low < arrivals.Count ? arrivals[low].At : null;
        }
    }

    /// <summary>Waits until no message arrived for <paramref name="quiet"/> (e.g. while a seeded history is published).</summary>
    public async Task WaitUntilQuietAsync(TimeSpan quiet)
    {
        while (Stopwatch.GetElapsedTime(Volatile.Read(ref _lastMessage)) < quiet)
        {
            await Task.Delay(200);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private void Arrived(JsonElement facility)
    {
        var now = Stopwatch.GetTimestamp();
        Volatile.Write(ref _lastMessage, now);
        var (id, occupied) = (facility.GetProperty("facilityId").GetGuid(), facility.GetProperty("occupied").GetInt32());
        lock (_lock)
        {
            Pushes++;
            if (!_arrivals.TryGetValue(id, out var arrivals))
            {
                _arrivals[id] = arrivals = [];
            }
            if (arrivals.Count == 0 || arrivals[^1].Occupied < occupied)
            {
                arrivals.Add((occupied, now));
            }
        }
    }
}
