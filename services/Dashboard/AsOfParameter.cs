using System.Globalization;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Dashboard;

/// <summary>The <c>asOf</c> query parameter: "as it was then".</summary>
internal static class AsOfParameter
{
    public static (DateTimeOffset? Time, DomainError? Error) Read(string? asOf) =>
        asOf is null ? (null, null)
        : DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? (time, null)
        : (null, DomainError.Invalid("asOf", "asOf must be a timestamp such as 2025-03-01T08:00:00Z."));
}
