using Krisenstab.Accommodation;
using Krisenstab.Dashboard;
using Krisenstab.Gateway.Auth;
using Krisenstab.Gateway.Edge;
using Krisenstab.Gateway.Proxy;
using Krisenstab.Gateway.RateLimits;
using Krisenstab.Gateway.WebApp;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Modules;

namespace Krisenstab.Gateway;

public static class GatewayExtensions
{
    /// <summary>Everything the gateway is: defaults, the token issuer, rate limits, the web app, and either every module (embedded) or the proxy (distributed).</summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration.GetGatewayMode();
        builder.AddServiceDefaults();
        builder.AddEdge();
        builder.AddTokenIssuer();
        builder.AddGatewayRateLimits();
        builder.AddWebApp();
        if (mode == GatewayMode.Embedded)
        {
            builder.AddModules(new SituationReports.SituationReportsModule(), new DashboardModule(), new AccommodationModule(),
                new Tasking.TaskingModule(), new Staffing.StaffingModule(), new Communication.CommunicationModule(),
                new Logbook.LogbookModule());
        }
        else
        {
            var (routes, clusters) = ServiceRoutes.FromConfiguration(builder.Configuration);
            builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
        }
        builder.Services.AddSingleton(new GatewayModeHolder(mode));
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseEdge();
        app.UseRateLimitsBeforeAuthentication();
        app.UseWebApp();
        app.MapDefaultEndpoints();
        app.MapWebApp();
        app.UseRateLimitsPerUser();
        if (app.Services.GetRequiredService<GatewayModeHolder>().Mode == GatewayMode.Embedded)
        {
            app.MapModules();
        }
        else
        {
            app.MapReverseProxy();
        }
        return app;
    }
}
