using Krisenstab.Dashboard.Exports;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Gateway;
using Krisenstab.Gateway.Auth;
using Krisenstab.ServiceDefaults.Startup;

// `hash-password <password>` prints a PasswordHash for Krisenstab:Auth:Users and exits.
if (args is ["hash-password", var password])
{
    Console.WriteLine(UserDirectory.HashPassword(password));
    return 0;
}

// `verify-journal <crisis id|accommodation> [--anchor <length>:<hash>]` verifies a journal's hash chain in the
// dashboard's store this configuration names, prints the anchor to keep, and exits 0 (intact) or 1 (broken).
if (args is [VerifyJournalVerb.Name, .. var journalArguments])
{
    var configuration = WebApplication.CreateBuilder().Configuration;
    return await VerifyJournalVerb.RunAsync(journalArguments, configuration, Console.Out);
}

// `import-crisis <file>` imports a crisis export (after verifying its chain) into the dashboard's store this
// configuration names, and exits 0 (imported), 1 (refused) or 2 (usage).
if (args is [ImportCrisisVerb.Name, .. var importArguments])
{
    var configuration = WebApplication.CreateBuilder().Configuration;
    return await ImportCrisisVerb.RunAsync(importArguments, configuration, Console.Out);
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
