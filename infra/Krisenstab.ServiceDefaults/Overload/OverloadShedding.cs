using Krisenstab.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

namespace Krisenstab.ServiceDefaults.Overload;

/// <summary>
/// At the front of the pipeline: while the server is behind (<see cref="SchedulingDelay"/> above
/// <see cref="OverloadOptions.MaxSchedulingDelay"/>), a command is answered 503 with <c>Retry-After</c> before
/// authentication or anything of it runs, so what is admitted is answered in time and an overload costs little per
/// refusal. Reads, the hub and sign-in are let through: the picture must stay visible while commands are shed.
/// </summary>
internal sealed class OverloadShedding(RequestDelegate next, SchedulingDelay delay, OverloadOptions options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsCommand(context.Request) || delay.Current is var behind && behind <= options.MaxSchedulingDelay)
        {
            await next(context);
            return;
        }
        var problem = OverloadedProblem.For(context,
            $"The server is {behind.TotalMilliseconds:0} ms behind (at most {options.MaxSchedulingDelay.TotalMilliseconds:0} ms). " +
            "Nothing was stored; try again shortly (with the same Idempotency-Key).", TimeSpan.FromSeconds(1));
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private static bool IsCommand(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
