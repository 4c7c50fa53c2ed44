using System.Globalization;
using Krisenstab.EventStore;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Krisenstab.SituationReports.Crises;

/// <summary>The stream version as an HTTP entity tag: <c>ETag: "3"</c> out, <c>If-Match: "3"</c> in as the expected version.</summary>
public static class StreamETag
{
    public static string For(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>False if If-Match is present but not a single stream version; null expected when it is absent or <c>*</c>.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out ExpectedVersion? expected)
    {
        expected = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return true;
        }
        if (!EntityTagHeaderValue.TryParse(header, out var tag) || tag.IsWeak
            || !long.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }
        expected = ExpectedVersion.Exactly(version);
        return true;
    }
}
