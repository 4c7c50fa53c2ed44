using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.Messaging;

namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// One link of a journal's hash chain: the entry at <paramref name="Version"/> (its id) and its chained hash. Stored in
/// the journal's chain stream (<see cref="JournalStreams.ChainOf"/>), appended in the same transaction as the entry.
/// </summary>
public sealed record JournalLink(long Version, Guid EventId, string Hash)
{
    /// <summary>A type no event type map knows: the store-to-bus publisher skips it and the projections ignore it.</summary>
    public const string EventType = "journal-link";

    public EventData ToEventData(EventMetadata metadata) =>
        new(DerivedIds.From(EventId, EventType), EventType, JsonSerializer.Serialize(this, ContractJson.Options), metadata);

    public static JournalLink? From(RecordedEvent recorded) =>
        recorded.EventType == EventType ? JsonSerializer.Deserialize<JournalLink>(recorded.Data, ContractJson.Options) : null;
}
