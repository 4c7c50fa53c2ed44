namespace Krisenstab.Dashboard.Snapshots;

/// <summary>
/// A journal folded up to a point: the first <paramref name="Count"/> entries (the last at global position
/// <paramref name="Position"/>, 0 before any), the latest time among them, the folded state and the newest feed
/// lines among them (as many as a picture shows).
/// </summary>
public sealed record Moment<TState>(long Count, long Position, DateTimeOffset Latest, TState State, IReadOnlyList<RankedLine> Newest);
