using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.ServiceDefaults.Overload;

public static class OverloadExtensions
{
    /// <summary>The scheduling-delay probe and the settings of <see cref="OverloadShedding"/> (read, and checked, at start).</summary>
    public static IHostApplicationBuilder AddOverloadShedding(this IHostApplicationBuilder builder)
    {
        var options = OverloadOptions.Read(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SchedulingDelay>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<SchedulingDelay>());
        return builder;
    }

    public static IApplicationBuilder UseOverloadShedding(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<OverloadOptions>().Sheds ? app.UseMiddleware<OverloadShedding>() : app;
}
