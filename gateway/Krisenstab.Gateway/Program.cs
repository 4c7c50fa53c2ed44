using Krisenstab.Gateway;
using Krisenstab.Gateway.Auth;
using Krisenstab.ServiceDefaults.Startup;

// `hash-password <password>` prints a PasswordHash for Krisenstab:Auth:Users and exits.
if (args is ["hash-password", var password])
{
    Console.WriteLine(UserDirectory.HashPassword(password));
    return 0;
}

// The edge: signs users in and either hosts every module (Krisenstab:Mode=Embedded, the default)
// or forwards /api/{service}/** and /hubs/** to the service processes (Distributed).
return StartupGuard.Run(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddGateway();

    var app = builder.Build();
    app.MapGateway();
    app.Run();
});

/// <summary>The entry point, visible to WebApplicationFactory in the end-to-end tests.</summary>
public partial class Program;
