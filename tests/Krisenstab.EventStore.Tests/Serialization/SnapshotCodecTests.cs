using System.Text.Json;
using Krisenstab.Contracts;

namespace Krisenstab.EventStore.Tests.Serialization;

public sealed class SnapshotCodecTests
{
    [Fact]
    public void A_large_state_is_encoded_as_exactly_its_JSON_in_UTF8()
    {
        var state = new Register([.. Enumerable.Range(0, 20_000).Select(n => $"Haushalt {n} aus Gießen, Київ, كابل")]);

        var encoded = SnapshotCodec<Register>.Encode(state);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(state, ContractJson.Options), encoded);
        Assert.True(SnapshotCodec<Register>.TryDecode(encoded, out var decoded));
        Assert.Equal(state.Names, decoded.Names);
    }

    [Fact]
    public void A_state_whose_JSON_changes_on_the_round_trip_is_not_encoded()
    {
        Assert.NotNull(SnapshotCodec<Drifting>.Shape);
        Assert.Null(SnapshotCodec<Drifting>.Encode(new Drifting { Seen = 1 }));
    }

    public sealed record Register(IReadOnlyList<string> Names);

    /// <summary>Reads back one more than it wrote.</summary>
    public sealed class Drifting
    {
        private int _seen;

        public int Seen
        {
            get => _seen;
            set => _seen = value + 1;
        }
    }
}
