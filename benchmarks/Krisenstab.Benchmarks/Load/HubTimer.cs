using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Krisenstab.Contracts;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Benchmarks.Load;

/// <summary>
/// A SignalR client of the situation hub (all crises) noting when each facility's new figures arrive: per facility and
/// occupied count, the first arrival (<see cref="Stopwatch"/> timestamp).
/// </summary>
public sealed class HubTimer : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentDictionary<(Guid Facility, int Occupied), long> _arrivals = new();
    private long _lastMessage = Stopwatch.GetTimestamp();

    private HubTimer(HubConnection connection) => _connection = connection;

    public int Closed { get; private set; }

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
        connection.On<JsonElement>("accommodationChanged", change =>
        {
            var now = Stopwatch.GetTimestamp();
            Volatile.Write(ref timer._lastMessage, now);
            var facility = change.GetProperty("facility");
            timer._arrivals.TryAdd((facility.GetProperty("facilityId").GetGuid(), facility.GetProperty("occupied").GetInt32()), now);
        });
        connection.Closed += _ =>
        {
            timer.Closed++;
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("JoinAllCrises");
        return timer;
    }

    public long? ArrivalOf(Guid facility, int occupied) => _arrivals.TryGetValue((facility, occupied), out var at) ? at : null;

    /// <summary>Waits until no message arrived for <paramref name="quiet"/> (e.g. while a seeded history is published).</summary>
    public async Task WaitUntilQuietAsync(TimeSpan quiet)
    {
        while (Stopwatch.GetElapsedTime(Volatile.Read(ref _lastMessage)) < quiet)
        {
            await Task.Delay(200);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
