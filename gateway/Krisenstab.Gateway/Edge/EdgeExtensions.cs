using Krisenstab.ServiceDefaults.Startup;
using Microsoft.AspNetCore.HttpOverrides;

namespace Krisenstab.Gateway.Edge;

/// <summary>What the gateway does first with every request: believe forwarded headers only from configured proxies, answer CORS only for configured origins, send HSTS over HTTPS.</summary>
public static class EdgeExtensions
{
    public static WebApplicationBuilder AddEdge(this WebApplicationBuilder builder)
    {
        var proxies = ProxySettings.From(builder.Configuration);
        builder.Services.AddSingleton(proxies);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; here only what is configured counts. No hop limit: the chain is walked back
            // while the sender is a known proxy, and stops at the first address that is not.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardLimit = null;
            foreach (var proxy in proxies.Proxies)
            {
                options.KnownProxies.Add(proxy);
            }
            foreach (var network in proxies.Networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        var origins = CorsSettings.AllowedOrigins(builder.Configuration);
        if (origins.FirstOrDefault(origin => !Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || origin.EndsWith('/')) is { } wrong)
        {
            throw new StartupConfigurationException($"{CorsSettings.Section}:AllowedOrigins has '{wrong}': give an origin such as https://lage.example.de (scheme, host, port; no path).");
        }
        builder.Services.AddCors(cors => cors.AddPolicy(CorsSettings.PolicyName, policy =>
            policy.WithOrigins(origins).AllowAnyMethod().WithHeaders("Authorization", "Content-Type", "Idempotency-Key", "If-Match", "X-Correlation-Id").WithExposedHeaders("ETag", "Location", "Retry-After")));
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>First in the pipeline, so that the rate limits count the real client and HTTPS is known.</summary>
    public static WebApplication UseEdge(this WebApplication app)
    {
        // With no proxy known, ASP.NET Core would believe forwarded headers from anyone: leave them out altogether.
        if (app.Services.GetRequiredService<ProxySettings>().Any)
        {
            app.UseForwardedHeaders();
        }
        app.UseHsts();
        app.UseCors(CorsSettings.PolicyName);
        return app;
    }
}
