using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.Dashboard.Snapshots;

/// <summary>
/// <c>Krisenstab:Dashboard:SnapshotEvery</c> (default 2048): a journal's fold is kept every that many entries, so an
/// "as of" answer folds at most about that many (see <see cref="JournalTimeline{TState}"/>).
/// </summary>
public sealed record SnapshotSettings(int Every)
{
    public const string EveryKey = "Krisenstab:Dashboard:SnapshotEvery";
    public const int DefaultEvery = 2048;

    public static SnapshotSettings From(IConfiguration configuration) =>
        configuration[EveryKey] is not { } text ? new(DefaultEvery)
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var every) && every > 0 ? new(every)
        : throw new InvalidOperationException($"{EveryKey} is '{text}': set it to a positive whole number of journal entries.");
}
