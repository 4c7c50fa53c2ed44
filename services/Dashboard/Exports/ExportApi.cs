using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Dashboard.Exports;

/// <summary>
/// <c>GET /api/dashboard/crises/{id}/export.ndjson</c> (analyst, head, admin): the crisis's complete events, streamed;
/// <c>POST /api/dashboard/imports</c> (admin): an export file as the body, verified and then stored.
/// </summary>
public static class ExportApi
{
    /// <summary>The most an import body may hold (a year-long crisis of a large district stays well below it).</summary>
    public const long MaxImportBytes = 4L * 1024 * 1024 * 1024;

    public static void MapExports(this RouteGroupBuilder api)
    {
        api.MapGet("/crises/{id:guid}/export.ndjson", ExportAsync).RequireRoles(AnalysisRoles.AnalystOrHigher);
        api.MapPost("/imports", ImportAsync).RequireRoles(Roles.Admin).WithMetadata(new ImportSizeLimit());
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportAsync(Guid id, CrisisExport export, CancellationToken cancellationToken)
    {
        if (await export.CutAsync(id, cancellationToken) is not { } cuts)
        {
            return DomainError.NotFound("crisis", $"The dashboard knows nothing of crisis {id} (yet).").ToProblem();
        }
        return TypedResults.Stream(
            output => export.WriteAsync(id, cuts, output, cancellationToken),
            CrisisExportFormat.MediaType,
            $"krise-{id:N}.ndjson");
    }

    private static async Task<Results<Created<ImportResult>, ProblemHttpResult>> ImportAsync(HttpContext context, CrisisImport import, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"krisenstab-import-{Guid.NewGuid():N}.ndjson");
        try
        {
            await using (var copy = File.Create(path))
            {
                await context.Request.Body.CopyToAsync(copy, cancellationToken);
            }
            if (new FileInfo(path).Length == 0)
            {
                return DomainError.Invalid("file", "The body must be an export file (NDJSON, as export.ndjson gives it).").ToProblem();
            }
            var (result, error) = await import.ImportAsync(() => File.OpenRead(path), cancellationToken);
            return error is not null
                ? error.ToProblem()
                : TypedResults.Created($"/api/dashboard/crises/{result!.CrisisId}/picture", result);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>The import's body limit (<see cref="ExportApi.MaxImportBytes"/>) instead of the API's 64 KB.</summary>
internal sealed class ImportSizeLimit : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => ExportApi.MaxImportBytes;
}
