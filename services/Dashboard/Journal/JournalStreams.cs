using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// The journal streams: <c>journal-{crisisId}</c> per crisis, and <c>journal-accommodation</c> for the district's
/// facilities, which belong to no one crisis.
/// </summary>
public static class JournalStreams
{
    public const string Category = "journal";

    public static StreamName Accommodation { get; } = StreamName.For(Category, "accommodation");

    public static StreamName Crisis(Guid crisisId) => StreamName.For(Category, crisisId);

    /// <summary>The stream of a journal's hash chain (<see cref="JournalLink"/>): <c>chain-{journal}</c>.</summary>
    public static StreamName ChainOf(StreamName journal) => StreamName.For("chain", journal.Value);

    /// <summary>The crisis a journal stream belongs to, or null for a stream that is not a crisis journal.</summary>
    public static Guid? CrisisOf(string stream) =>
        stream.StartsWith(Category + "-", StringComparison.Ordinal) && Guid.TryParseExact(stream[(Category.Length + 1)..], "N", out var id)
            ? id
            : null;

    public static bool IsAccommodation(string stream) => stream == Accommodation.Value;
}
