using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.Simulator.Options;
using Krisenstab.Simulator.Scenario;

namespace Krisenstab.Simulator.Running;

/// <summary>
/// The public API as the two machine clients: each signs in with the client-credentials grant (again when its token is
/// refused); every command carries an <c>Idempotency-Key</c>, repeated unchanged when the answer is 503 or 429 (the
/// command path shed the burst: nothing was stored), after the <c>Retry-After</c> the answer names.
/// </summary>
public sealed class ApiSession(HttpClient http, ClientCredentials operatorClient, ClientCredentials approverClient, TimeProvider realTime) : IDisposable
{
    public const int MaxAttempts = 30;
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(5);
    private static readonly string[] ProblemFields = ["type", "title", "detail"];
    private readonly Dictionary<Actor, string> _tokens = [];

    public HttpClient Http => http;

    public async Task<ApiAnswer> SendAsync(Actor actor, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var idempotencyKey = Guid.NewGuid().ToString();
        var signedInAgain = false;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(actor, cancellationToken));
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: ContractJson.Options);
            }
            using var response = await http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.Unauthorized && !signedInAgain)
            {
                _tokens.Remove(actor);
                signedInAgain = true;
                continue;
            }
            if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
            {
                await Task.Delay(RetryAfter(response, attempt), realTime, cancellationToken);
                continue;
            }
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var json = text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
                ? JsonSerializer.Deserialize<JsonElement>(text)
                : (JsonElement?)null;
            return new ApiAnswer(status, json, response.IsSuccessStatusCode ? null : Problem(json, status));
        }
    }

    public async Task<string> TokenAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (_tokens.TryGetValue(actor, out var token))
        {
            return token;
        }
        var client = actor == Actor.Operator ? operatorClient : approverClient;
        for (var attempt = 1; ; attempt++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = client.ClientId,
                ["client_secret"] = client.Secret,
            });
            using var response = await http.PostAsync("/connect/token", form, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
            {
                await Task.Delay(RetryAfter(response, attempt), realTime, cancellationToken);
                continue;
            }
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (!response.IsSuccessStatusCode || !answer.TryGetProperty("access_token", out var accessToken))
            {
                var reason = answer.TryGetProperty("error_description", out var description) ? description.GetString() : response.StatusCode.ToString();
                throw new SignInException($"Client '{client.ClientId}' could not sign in at {http.BaseAddress}: {reason}");
            }
            return _tokens[actor] = accessToken.GetString()!;
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response, int attempt)
    {
        var named = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(100 * attempt);
        return named < LongestWait ? named : LongestWait;
    }

    private static string Problem(JsonElement? body, int status) =>
        body is { ValueKind: JsonValueKind.Object } problem
            ? string.Join(": ", ProblemFields.Select(p => problem.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).Where(v => !string.IsNullOrEmpty(v)))
            : $"HTTP {status}";

    public void Dispose() => http.Dispose();
}

/// <summary>A machine client was refused at sign-in: wrong id or secret, or no such client configured.</summary>
public sealed class SignInException(string message) : Exception(message);
