using System.Net;
using Krisenstab.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Security.Tests.Edge;

/// <summary>
/// The test server has no TCP peer; this sets the connection's remote address ahead of the whole pipeline, as the
/// socket would — the address the gateway sees before it looks at any forwarded header.
/// </summary>
public sealed class PeerAddress(IPAddress peer) : IStartupFilter
{
    public static readonly IPAddress Proxy = IPAddress.Parse("203.0.113.7");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            context.Connection.RemoteIpAddress = peer;
            return following(context);
        });
        next(app);
    };

    /// <summary>The gateway as reached from <paramref name="peer"/>.</summary>
    public static WebApplicationFactory<Program> From(GatewayApp app, IPAddress peer) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new PeerAddress(peer))));
}
