using Krisenstab.Communication.Board;
using Krisenstab.Communication.Channels;
using Krisenstab.Communication.Deliveries;
using Krisenstab.Communication.Messages;
using Krisenstab.Communication.Recipients;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.PersonalData;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Communication;

/// <summary>
/// Kommunikation (S5): messages per audience in several languages, approved by a second person (four eyes), published
/// to the Atom feeds, by e-mail and to webhooks, each delivery attempt an event. One stream per message
/// (<c>message-{id}</c>) and per e-mail recipient (<c>recipient-{id}</c>); every event is public
/// (<c>communication.*.v1</c>). Routes under <c>/api/communication</c>; settings under <c>Krisenstab:Communication</c>.
/// It consumes no other service's events.
/// </summary>
public sealed class CommunicationModule : IServiceModule
{
    /// <summary>The module's name: route prefix, store key and bus endpoint prefix.</summary>
    public const string StoreName = "communication";

    public string Name => StoreName;

    public void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(CommunicationSettings.Read(builder.Configuration));
        services.AddAggregate(StoreName, Message.Category, Message.None, (message, @event) => message.Apply(@event));
        services.AddAggregate(StoreName, Recipient.Category, Recipient.None, (recipient, @event) => recipient.Apply(@event));
        services.AddPersonalData(StoreName);

        services.AddSingleton<MessageBoard>();
        services.AddInMemoryProjection<MessageBoard>(StoreName, "message-board", (board, @event, recorded) => board.Apply(@event, recorded.Metadata.OccurredAt));
        services.AddSingleton<RecipientDirectory>();
        services.AddInMemoryProjection<RecipientDirectory>(StoreName, "recipient-directory", (directory, @event, _) => directory.Apply(@event));
        services.AddSingleton<DeliveryTargets>();

        services.AddHttpClient(WebhookChannel.ClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<IDeliveryChannel, WebhookChannel>();
        services.AddSingleton<IDeliveryChannel, EmailChannel>();
        services.AddHostedService<DeliveryWorker>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCommunicationApi();
}
