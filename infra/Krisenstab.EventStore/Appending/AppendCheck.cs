namespace Krisenstab.EventStore.Appending;

/// <summary>What <see cref="WriteBatch.CheckAsync"/> found: the append's event ids already stored, and its streams' ends in their order.</summary>
internal sealed record AppendCheck(IReadOnlyList<StoredEventRef> Stored, IReadOnlyList<StreamEnd> Ends);
