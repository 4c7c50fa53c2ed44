using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Krisenstab.Benchmarks.Load;

/// <summary>One placement's fate: when it was due (open loop: latency counts from then), when and how it was answered.</summary>
public sealed record Answer(long DueAt, long AnsweredAt, HttpStatusCode? Status, int? Occupied, bool RetryAfter)
{
    public bool Lost => Status is null;

    public double Milliseconds => Stopwatch.GetElapsedTime(DueAt, AnsweredAt).TotalMilliseconds;
}

/// <summary>
/// HTTP placements (one person each, its own Idempotency-Key) into one facility over a bounded number of connections:
/// open loop at a fixed rate, or one after another.
/// </summary>
public sealed class PlacementLoad(Uri gateway, string token, int connections) : IDisposable
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);
    private static readonly string[] Languages = ["uk"];

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = gateway,
        Timeout = AnswerTimeout,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    /// <summary>Offers <paramref name="perSecond"/> placements a second for <paramref name="duration"/>, whatever the answers take.</summary>
    public async Task<IReadOnlyList<Answer>> OpenLoopAsync(Guid facility, int perSecond, TimeSpan duration, string prefix)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var sent = new List<Task<Answer>>(total);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / perSecond);
            var ahead = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (ahead > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(ahead);
            }
            var household = $"{prefix}-{i:000000}";
            // Not Task.Run: the send goes async at once, and this loop runs on the same 2 cores as the gateway.
            sent.Add(PlaceAsync(facility, household, due));
        }
        return await Task.WhenAll(sent);
    }

    public async Task<Answer> PlaceAsync(Guid facility, string household, long? dueAt = null)
    {
        var due = dueAt ?? Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/accommodation/facilities/{facility}/placements")
            {
                Content = JsonContent.Create(new { householdRef = household, size = 1, needs = Array.Empty<string>(), languages = Languages }),
            };
            request.Headers.Add("Idempotency-Key", household);
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var answered = Stopwatch.GetTimestamp();
            int? occupied = response.StatusCode == HttpStatusCode.Created
                ? JsonDocument.Parse(body).RootElement.GetProperty("facility").GetProperty("occupied").GetInt32()
                : null;
            return new Answer(due, answered, response.StatusCode, occupied, response.Headers.RetryAfter is not null);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return new Answer(due, Stopwatch.GetTimestamp(), null, null, false);
        }
    }

    public async Task<Guid> RegisterAsync(string name)
    {
        using var response = await _http.PostAsJsonAsync("/api/accommodation/facilities", new
        {
            name,
            kind = "shared-shelter",
            town = "Bramsche",
            address = "Am Markt 2",
            @operator = new { kind = "municipal" },
            capacity = HistorySeeder.FacilityCapacity,
            features = Array.Empty<string>(),
        });
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.Created
            ? JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid()
            : throw new InvalidOperationException($"Registering a facility failed: {(int)response.StatusCode} {body}");
    }

    public static async Task<string> TokenAsync(Uri gateway, string user)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "krisenstab",
            ["username"] = user,
            ["password"] = "demo",
        });
        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"Signing in as {user} failed: {body}");
    }

    public void Dispose() => _http.Dispose();
}
