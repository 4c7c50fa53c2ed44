using System.Collections.Concurrent;
using Krisenstab.Contracts.Situation;
using Krisenstab.Messaging.Envelope;
using Krisenstab.Messaging.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Messaging.Tests;

public class EnvelopeTests
{
    [Fact]
    public async Task A_message_not_published_from_a_store_has_no_envelope_and_asking_for_it_says_so()
    {
        await using var bus = await TestBus.CreateAsync(TestBus.InMemory);
        var host = await TestHosts.StartAsync(bus);
        var answers = new ConcurrentQueue<string>();
        var endpoint = host.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint("envelope-probe", e => e.Handler<CrisisOpened>(context =>
        {
            answers.Enqueue(context.TryGetEventMetadata() is null ? "no metadata" : "metadata");
            answers.Enqueue(Assert.Throws<InvalidOperationException>(() => context.GetEventMetadata()).Message);
            return Task.CompletedTask;
        }));
        await endpoint.Ready;

        await host.Services.GetRequiredService<IBus>().Publish(Crises.Opened());

        await Eventually.TrueAsync(() => answers.Count == 2, "the probe to answer");
        Assert.Equal(["no metadata", "The message carries no Krisenstab-Occurred-At header, so it is not a stored event."], answers);
        await endpoint.ReceiveEndpoint.Stop();
        await TestHosts.StopAllAsync(host);
    }
}
