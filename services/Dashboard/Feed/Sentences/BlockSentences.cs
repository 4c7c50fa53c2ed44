using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Dashboard.Feed.Sentences;

internal static class BlockSentences
{
    public static Sentence Blocked(PlacesBlocked e)
    {
        var places = Words.Places(e.Places);
        var reason = Reason(e.Reason);
        return Words.AtFacility(e.Occupancy, new($"{places.De} gesperrt ({reason.De})", $"{places.En} blocked ({reason.En})"));
    }

    public static Sentence Unblocked(PlacesUnblocked e)
    {
        var places = Words.Places(e.Places);
        return Words.AtFacility(e.Occupancy, new($"{places.De} wieder freigegeben", $"{places.En} unblocked"));
    }

    private static Sentence Reason(BlockReason reason) => reason switch
    {
        BlockReason.Quarantine => new("Quarantäne", "quarantine"),
        BlockReason.Repair => new("Reparatur", "repair"),
        _ => new("sonstiger Grund", "other reason"),
    };
}
