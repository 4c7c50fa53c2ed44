using System.Net.Http.Headers;
using Krisenstab.Simulator.Scenario;

namespace Krisenstab.Simulator.Running;

/// <summary>Writes the crisis's NDJSON export (<c>GET /api/dashboard/crises/{id}/export.ndjson</c>) to a file.</summary>
public static class CrisisExport
{
    /// <summary>Null when written; otherwise why not (this installation has no export yet, or refused it).</summary>
    public static async Task<string?> WriteAsync(ApiSession api, Guid crisisId, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/dashboard/crises/{crisisId}/export.ndjson");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await api.TokenAsync(Actor.Operator, cancellationToken));
        using var response = await api.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return $"GET export.ndjson answered {(int)response.StatusCode}: this installation has no crisis export (it comes with the exports branch), or it refused it.";
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        await using var file = File.Create(path);
        await response.Content.CopyToAsync(file, cancellationToken);
        return null;
    }
}
