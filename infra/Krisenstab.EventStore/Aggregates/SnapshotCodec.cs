using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Schema;
using Krisenstab.Contracts;

namespace Krisenstab.EventStore;

/// <summary>
/// A state to and from snapshot JSON (UTF-8). The shape is the type's name and a hash of its JSON schema, so a snapshot
/// of a changed type is never read. A state that does not survive the JSON round trip unchanged is never snapshotted.
/// </summary>
/// <remarks>
/// A facility's state is a few MB of JSON. Encoding allocates its bytes once, at their exact length, and nothing else
/// of that size: the serializer writes through small buffers into a counting, a filling and a comparing stream (a
/// string, or a growing buffer, of that size would be garbage on the large object heap, and the shared array pool
/// would keep the serializer's multi-MB buffers).
/// </remarks>
internal static class SnapshotCodec<TState>
{
    /// <summary>Null when the type has no JSON schema: then it is never snapshotted.</summary>
    public static string? Shape { get; } = ShapeOf();

    public static byte[]? Encode(TState state)
    {
        if (Shape is null)
        {
            return null;
        }
        var counter = new JsonByteStream();
        JsonSerializer.Serialize(counter, state, ContractJson.Options);
        var json = new byte[counter.Written];
        var filler = new JsonByteStream(json);
        JsonSerializer.Serialize(filler, state, ContractJson.Options);
        if (!filler.Matched || !TryDecode(json, out var copy))
        {
            return null;
        }
        var comparer = new JsonByteStream(json, compare: true);
        JsonSerializer.Serialize(comparer, copy, ContractJson.Options);
        return comparer.Matched ? json : null;
    }

    /// <summary>False for JSON that is not a state of this shape (the snapshot is then ignored).</summary>
    public static bool TryDecode(ReadOnlySpan<byte> json, out TState state)
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
