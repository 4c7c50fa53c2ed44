using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    /// <summary>RFC 9457 problem details for every error: exceptions, bad JSON, empty error responses (401, 403, 404, …).</summary>
    public static IHostApplicationBuilder AddKrisenstabProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier));
        builder.Services.AddExceptionHandler<ExceptionProblemHandler>();
        // Binding failures (bad JSON, missing body) throw, so the exception handler can say what is wrong.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    public static IApplicationBuilder UseKrisenstabProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseMiddleware<JsonCharsetCheck>();
        return app;
    }
}
