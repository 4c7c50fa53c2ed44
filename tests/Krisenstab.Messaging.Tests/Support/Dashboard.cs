using Krisenstab.EventStore;
using Krisenstab.Messaging.Inbox;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>A consuming test service "dashboard" with its own store (and so its own inbox).</summary>
public static class Dashboard
{
    public const string Name = "dashboard";

    public static TestService With<TConsumer>()
        where TConsumer : class, IConsumer =>
        new(builder => builder.Services.AddEventStore(Name, builder.Configuration), bus => bus.AddServiceConsumer<TConsumer>(Name));

    public static string Queue<TConsumer>()
        where TConsumer : class, IConsumer => ServiceEndpointName.For<TConsumer>(Name);

    public static IInbox Inbox(IServiceProvider services) => services.GetRequiredKeyedService<IInbox>(Name);
}
