using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Krisenstab.ServiceDefaults.Commands;

public static class CommandServiceCollectionExtensions
{
    /// <summary>
    /// One aggregate of a module: its <see cref="AggregateStore{TState}"/> (streams <c>{category}-{id}</c> in the store
    /// <paramref name="storeName"/>) and the <see cref="CommandRunner{TState}"/> that runs pure decisions against it.
    /// Events of an aggregate that stay inside the module are read and written with <paramref name="privateEvents"/>.
    /// </summary>
    public static IServiceCollection AddAggregate<TState>(
        this IServiceCollection services,
        string storeName,
        string category,
        TState initial,
        Func<TState, object, TState> apply,
        EventTypeMap? privateEvents = null)
    {
        services.AddOptions<CommandRunnerOptions>()
            .BindConfiguration(CommandRunnerOptions.Section)
            .Validate(o => o.Problem() is null, $"{CommandRunnerOptions.Section} has a setting that cannot work (see the README).")
            .ValidateOnStart();
        // The registered serializer, or one of the private events: the store-to-bus publisher skips wire names it does not know.
        services.AddSingleton(provider => new AggregateStore<TState>(
            provider.GetRequiredKeyedService<IEventStore>(storeName),
            privateEvents is null
                ? provider.GetRequiredService<EventSerializer>()
                : new EventSerializer(privateEvents, provider.GetService<TimeProvider>()),
            category,
            initial,
            apply,
            provider.GetKeyedService<ISnapshotStore>(storeName),
            provider.GetRequiredService<IOptions<CommandRunnerOptions>>().Value.Aggregates));
        services.TryAddSingleton<CommandRunner<TState>>();
        services.TryAddSingleton<CommandGates>();
        services.TryAddSingleton<JointCommandRunner>();
        return services;
    }
}
