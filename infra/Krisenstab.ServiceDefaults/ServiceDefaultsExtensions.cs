using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.Health;
using Krisenstab.ServiceDefaults.Overload;
using Krisenstab.ServiceDefaults.Problems;
using Krisenstab.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.ServiceDefaults;

/// <summary>What every Krisenstab process has: telemetry, health, problem details, overload shedding, JSON shape, time, sign-in.</summary>
public static class ServiceDefaultsExtensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<JsonOptions>(options => ContractJson.Configure(options.SerializerOptions));
        builder.Services.Configure<JsonHubProtocolOptions>(options => ContractJson.Configure(options.PayloadSerializerOptions));
        builder.AddKrisenstabTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddKrisenstabProblemDetails();
        builder.AddOverloadShedding();
        builder.AddKrisenstabAuthentication();
        return builder;
    }

    /// <summary>
    /// The shared request pipeline (problem details, body limit, overload shedding, authentication, authorization) and the health
    /// endpoints. Call right after <c>Build()</c>, before mapping anything else.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseKrisenstabProblemDetails();
        app.UseOverloadShedding();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        return app;
    }
}
