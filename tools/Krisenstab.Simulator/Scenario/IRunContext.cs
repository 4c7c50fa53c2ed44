using System.Text.Json;

namespace Krisenstab.Simulator.Scenario;

/// <summary>What a command needs while it runs: the crisis, the installation's time for a scenario offset, the API, and the keys.</summary>
public interface IRunContext
{
    Guid CrisisId { get; set; }

    /// <summary>The installation's time at <paramref name="offset"/> after the scenario's start.</summary>
    DateTimeOffset Instant(TimeSpan offset);

    Task<ApiAnswer> SendAsync(Actor actor, HttpMethod method, string path, object? body, CancellationToken cancellationToken);

    /// <summary>The id a previous step stored under <paramref name="key"/>; <see cref="MissingKeyException"/> when that step was refused.</summary>
    Guid this[string key] { get; }

    void Remember(string key, Guid id);
}

/// <summary>An answer of the API: its status and JSON body (if any).</summary>
public sealed record ApiAnswer(int Status, JsonElement? Body, string? Problem)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public Guid Id(string property = "id") =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) && value.TryGetGuid(out var id)
            ? id
            : throw new InvalidOperationException($"The answer has no '{property}'.");
}

/// <summary>A step needs a key whose step was refused or skipped; the step is skipped too.</summary>
public sealed class MissingKeyException(string key) : Exception($"'{key}' is not known (its step was refused).")
{
    public string Key { get; } = key;
}
