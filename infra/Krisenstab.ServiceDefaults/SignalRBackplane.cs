using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Krisenstab.ServiceDefaults;

public static class SignalRBackplane
{
    public const string RedisConnectionName = "Redis";

    /// <summary>
    /// With <c>ConnectionStrings:Redis</c> set, hub messages go through Redis, so a hub runs as several replicas
    /// (a client connected to one replica still receives what another one sends). Without it, hubs are in-process.
    /// </summary>
    public static IHostApplicationBuilder AddSignalRBackplane(this IHostApplicationBuilder builder)
    {
        var redis = builder.Configuration.GetConnectionString(RedisConnectionName);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddSignalR().AddStackExchangeRedis(redis, options =>
                options.Configuration.ChannelPrefix = RedisChannel.Literal("krisenstab"));
        }
        return builder;
    }
}
