using Krisenstab.EventStore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.ServiceDefaults.Modules;

/// <summary>
/// A module's queries answer from read models that follow its store a moment behind the commands: a list read right
/// after a change (the page reloading after "accept", a second user's page after a push) could miss the change. A GET
/// therefore first waits until the module's read models hold everything this process appended (at most
/// <see cref="ReadYourWrites.MaxWait"/>, then it answers with what they hold).
/// </summary>
public static class OwnWritesFilter
{
    public static RouteGroupBuilder SeesOwnWrites(this RouteGroupBuilder group, string storeName)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.HttpContext.Request.Method))
            {
                var reads = context.HttpContext.RequestServices.GetRequiredService<ReadYourWrites>();
                await reads.CaughtUpAsync(storeName, context.HttpContext.RequestAborted);
            }
            return await next(context);
        });
        return group;
    }
}
