using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.Messaging;
using Krisenstab.Messaging.Publishing;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Health;
using Krisenstab.ServiceDefaults.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.ServiceDefaults.Modules;

public static class ModuleExtensions
{
    /// <summary>
    /// Hosts the given modules in this process: what they all use (the clock, the <see cref="EventSerializer"/> of the
    /// public events, or of a registered <see cref="EventTypeMap"/>); for each, its own event store (named after the
    /// module), the publisher that moves its public events from the store to the bus, the store's readiness check and
    /// the module's services; then ONE bus carrying every module's consumers.
    /// </summary>
    public static IHostApplicationBuilder AddModules(this IHostApplicationBuilder builder, params IServiceModule[] modules)
    {
        var duplicate = modules.GroupBy(module => module.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new StartupConfigurationException($"Module '{duplicate.Key}' is listed more than once.");
        }
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The command settings every module's commands share: checked here so a wrong one stops the start with one line.
        CommandRunnerOptions.Read(builder.Configuration);
        builder.Services.TryAddSingleton(provider => new EventSerializer(
            provider.GetService<EventTypeMap>() ?? EventTypeMap.Public, provider.GetRequiredService<TimeProvider>()));
        foreach (var module in modules)
        {
            AddStore(builder, module.Name);
            builder.Services.AddStoreToBusPublisher(module.Name);
            builder.Services.AddHealthChecks().AddEventStoreCheck(module.Name, HealthEndpoints.ReadyTag);
            module.AddServices(builder);
        }
        builder.Services.AddKrisenstabBus(builder.Configuration, bus =>
        {
            foreach (var module in modules)
            {
                module.AddConsumers(bus);
            }
        });
        builder.Services.AddSingleton(new HostedModules(modules));
        return builder;
    }

    /// <summary>The store settings are checked as they are read; a wrong one stops the start with its one line.</summary>
    private static void AddStore(IHostApplicationBuilder builder, string storeName)
    {
        try
        {
            builder.Services.AddEventStore(storeName, builder.Configuration);
        }
        catch (InvalidOperationException wrongSetting)
        {
            throw new StartupConfigurationException(wrongSetting.Message, wrongSetting);
        }
    }

    /// <summary>Maps every hosted module's endpoints and hubs; its reads see what this process wrote to its store before them.</summary>
    public static WebApplication MapModules(this WebApplication app)
    {
        foreach (var module in app.Services.GetRequiredService<HostedModules>().Modules)
        {
            module.MapEndpoints(app.MapGroup("").SeesOwnWrites(module.Name));
        }
        return app;
    }
}
