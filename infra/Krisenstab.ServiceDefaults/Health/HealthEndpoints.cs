using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.ServiceDefaults.Health;

/// <summary>
/// <c>/health/live</c>: the process runs. <c>/health/ready</c>: every check tagged "ready" (each module's store,
/// the bus) is healthy. Both in every environment, both anonymous.
/// </summary>
public static class HealthEndpoints
{
    public const string BasePath = "/health";
    public const string LiveTag = "live";
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(BasePath + "/live", Only(LiveTag)).AllowAnonymous();
        endpoints.MapHealthChecks(BasePath + "/ready", Only(ReadyTag)).AllowAnonymous();
        return endpoints;
    }

    private static HealthCheckOptions Only(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResponseWriter = HealthReportWriter.WriteAsync,
    };
}
