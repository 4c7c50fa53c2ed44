using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Support;

/// <summary>The reference picture: both journals folded whole, with no snapshot, as the API is to answer.</summary>
public static class WholeJournalFold
{
    public static SituationPicture Picture(GatewayApp app, Guid crisisId, IReadOnlyList<JournalEntry> crisis, IReadOnlyList<JournalEntry> accommodation) =>
        SituationPicture.Fold(crisisId, crisis) with
        {
            Accommodation = AccommodationBoard.Fold(app.Service<DashboardSettings>(), accommodation),
            Feed = CrisisFeed.Of(crisis, accommodation, CrisisFeed.PictureLines),
        };
}
