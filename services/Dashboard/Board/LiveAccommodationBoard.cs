using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Board;

/// <summary>The live accommodation board, kept current by <see cref="AccommodationBoardProjection"/>; read from any thread.</summary>
public sealed class LiveAccommodationBoard(DashboardSettings settings, LiveFeeds feeds)
{
    private AccommodationBoard _board = AccommodationBoard.Empty(settings);
    private long _position;

    public AccommodationBoard Current => Volatile.Read(ref _board);

    /// <summary>
    /// Applies the accommodation journal entry stored at <paramref name="position"/>, adds its feed line and returns
    /// the change; null if it is no accommodation event or that position was applied already. Called by one
    /// projection, in store order.
    /// </summary>
    public AccommodationChange? Apply(JournalEntry entry, long position)
    {
        if (position <= _position)
        {
            return null;
        }
        _position = position;
        var (board, changed) = AccommodationBoard.Change(Current, entry);
        if (changed is null)
        {
            return null;
        }
        var line = FeedLine.Of(entry);
        feeds.AddAccommodation(line);
        Volatile.Write(ref _board, board);
        return AccommodationChange.Of(board, changed, line);
    }
}
