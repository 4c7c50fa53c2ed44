using System.Globalization;
using Krisenstab.Dashboard.Feed;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Dashboard;

/// <summary>The feed's <c>limit</c> query parameter: how many lines, 1 to <see cref="CrisisFeed.MaxLines"/>, default <see cref="CrisisFeed.PictureLines"/>.</summary>
internal static class FeedLimit
{
    public static (int Lines, DomainError? Error) Read(string? limit) =>
        limit is null ? (CrisisFeed.PictureLines, null)
        : int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var lines) && lines is >= 1 and <= CrisisFeed.MaxLines ? (lines, null)
        : (0, DomainError.Invalid("limit", $"limit must be a whole number from 1 to {CrisisFeed.MaxLines}."));
}
