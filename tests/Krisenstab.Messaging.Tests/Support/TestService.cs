using MassTransit;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>What one service contributes to a host: its services (store, publisher) and its consumers.</summary>
public sealed record TestService(Action<IHostApplicationBuilder> AddServices, Action<IBusRegistrationConfigurator> AddConsumers)
{
    public static TestService Consumers(Action<IBusRegistrationConfigurator> addConsumers) => new(_ => { }, addConsumers);

    public static TestService Services(Action<IHostApplicationBuilder> addServices) => new(addServices, _ => { });
}
