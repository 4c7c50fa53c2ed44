using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Krisenstab.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Our own activity sources and meters are all named <c>Krisenstab.*</c>.</summary>
    public const string KrisenstabSources = "Krisenstab.*";

    /// <summary>MassTransit 8 names its activity source and its meter "MassTransit".</summary>
    public const string MassTransitSource = "MassTransit";

    /// <summary>
    /// Traces, metrics and logs via OpenTelemetry, exported over OTLP, when OTEL_EXPORTER_OTLP_ENDPOINT is set. Without
    /// it nothing is wired: recording every request's and every message's activity for no exporter cost a fifth of the
    /// CPU of a placement under load (logs still go to the console).
    /// </summary>
    public static IHostApplicationBuilder AddKrisenstabTelemetry(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, KrisenstabSources, MassTransitSource)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsHealthProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(KrisenstabSources, MassTransitSource, "Npgsql")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return builder;
    }

    private static bool IsHealthProbe(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments(Health.HealthEndpoints.BasePath, StringComparison.OrdinalIgnoreCase);
}
