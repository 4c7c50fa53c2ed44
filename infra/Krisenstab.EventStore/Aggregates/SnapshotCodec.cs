using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Schema;
using Krisenstab.Contracts;

namespace Krisenstab.EventStore;

/// <summary>
/// A state to and from snapshot JSON. The shape is the type's name and a hash of its JSON schema, so a snapshot of a
/// changed type is never read. A state that does not survive the JSON round trip unchanged is never snapshotted.
/// </summary>
internal static class SnapshotCodec<TState>
{
    /// <summary>Null when the type has no JSON schema: then it is never snapshotted.</summary>
    public static string? Shape { get; } = ShapeOf();

    public static string? Encode(TState state)
    {
        if (Shape is null)
        {
            return null;
        }
        var json = JsonSerializer.Serialize(state, ContractJson.Options);
        return TryDecode(json, out var copy) && JsonSerializer.Serialize(copy, ContractJson.Options) == json ? json : null;
    }

    /// <summary>False for JSON that is not a state of this shape (the snapshot is then ignored).</summary>
    public static bool TryDecode(string json, out TState state)
    {
        try
        {
            state = JsonSerializer.Deserialize<TState>(json, ContractJson.Options)!;
            return true;
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            state = default!;
            return false;
        }
    }

    private static string? ShapeOf()
    {
        try
        {
            var schema = ContractJson.Options.GetJsonSchemaAsNode(typeof(TState)).ToJsonString();
            return $"{typeof(TState).FullName}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(schema)))[..16]}";
        }
        catch (Exception error) when (error is NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
