using System.Diagnostics;
using System.Security.Claims;
using Krisenstab.Contracts;
using Microsoft.AspNetCore.Http;

namespace Krisenstab.ServiceDefaults;

/// <summary>Builds the metadata of events caused by an HTTP command: when, by whom, in which crisis, and the trace.</summary>
public static class CommandMetadata
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public static EventMetadata For(HttpContext http, TimeProvider time, Guid? crisisId = null)
    {
        var user = http.User;
        return new EventMetadata
        {
            OccurredAt = time.GetUtcNow(),
            CrisisId = crisisId,
            ActorId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? user.Identity?.Name,
            ActorRole = user.FindFirstValue(ClaimTypes.Role) ?? user.FindFirstValue("role"),
            CorrelationId = Guid.TryParse(http.Request.Headers[CorrelationHeader], out var correlation) ? correlation : Guid.CreateVersion7(),
            TraceParent = Activity.Current?.Id,
        };
    }
}
