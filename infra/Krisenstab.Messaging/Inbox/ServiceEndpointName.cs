using MassTransit;

namespace Krisenstab.Messaging.Inbox;

/// <summary>The queue of a service's consumer: <c>{service}-{consumer}</c> in kebab-case, e.g. <c>dashboard-crisis-journal</c>.</summary>
public static class ServiceEndpointName
{
    public static string For<TConsumer>(string serviceName)
        where TConsumer : class, IConsumer =>
        $"{KebabCaseEndpointNameFormatter.Instance.SanitizeName(serviceName)}-{KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>()}";
}
