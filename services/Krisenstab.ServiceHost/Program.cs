using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Modules;
using Krisenstab.ServiceDefaults.Startup;
using Krisenstab.ServiceHost;

// Runs the modules named in Krisenstab:Modules (e.g. "situation,dashboard") as one process: distributed mode.
return StartupGuard.Run(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServiceHost();

    var app = builder.Build();
    app.MapDefaultEndpoints();
    app.MapModules();
    app.Run();
});
