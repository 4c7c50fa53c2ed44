using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Krisenstab.Gateway.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace Krisenstab.Gateway.RateLimits;

/// <summary>
/// The edge's rate limits: sign-in attempts per client IP, and <c>/api/**</c> requests per user (per IP when
/// anonymous). One set of partitions, counted at two places in the pipeline (each request at one). A rejection is a 429 problem detail with <c>Retry-After</c>. Behind a reverse proxy the client IP is
/// the proxy's unless forwarded headers are configured.
/// </summary>
public static class GatewayRateLimiting
{
    private const string TokenPath = "/" + TokenIssuerExtensions.TokenPath;

    public static WebApplicationBuilder AddGatewayRateLimits(this WebApplicationBuilder builder)
    {
        var settings = RateLimitSettings.From(builder.Configuration);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, settings));
            options.OnRejected = WriteProblemAsync;
        });
        return builder;
    }

    /// <summary>
    /// Counts sign-ins and anonymous <c>/api/**</c> requests (no <c>Authorization</c> header) per client IP, BEFORE the
    /// shared pipeline: the token endpoint is served inside authentication, and a flood without credentials should
    /// not cost more than a count. Call before <c>MapDefaultEndpoints</c>.
    /// </summary>
    public static WebApplication UseRateLimitsBeforeAuthentication(this WebApplication app)
    {
        app.UseWhen(context => IsToken(context.Request.Path) || (IsApi(context.Request.Path) && !HasCredentials(context.Request)),
            limited => limited.UseRateLimiter());
        return app;
    }

    /// <summary>
    /// Counts <c>/api/**</c> requests per signed-in user, once authentication has said who it is (users behind one
    /// NAT or proxy share an IP). A request whose token is invalid is rejected by authorization and not counted.
    /// Call after <c>MapDefaultEndpoints</c>.
    /// </summary>
    public static WebApplication UseRateLimitsPerUser(this WebApplication app)
    {
        app.UseWhen(context => IsApi(context.Request.Path) && context.User.Identity?.IsAuthenticated == true,
            limited => limited.UseRateLimiter());
        return app;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitSettings settings)
    {
        var path = context.Request.Path;
        if (IsToken(path))
        {
            return FixedWindow($"token:{ClientIp(context)}", settings.Token);
        }
        if (IsApi(path))
        {
            var user = context.User.Identity?.IsAuthenticated == true
                ? context.User.FindFirstValue("sub") ?? context.User.Identity.Name
                : null;
            return FixedWindow(user is null ? $"api-ip:{ClientIp(context)}" : $"api-user:{user}", settings.Api);
        }
        return RateLimitPartition.GetNoLimiter("unlimited");
    }

    private static bool IsToken(PathString path) => path.Equals(TokenPath, StringComparison.OrdinalIgnoreCase);

    private static bool HasCredentials(HttpRequest request) => request.Headers.Authorization.Count > 0;

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> FixedWindow(string key, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });

    private static async ValueTask WriteProblemAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var detail = "Too many requests; try again later.";
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            detail = $"Too many requests; try again in {seconds} s.";
        }
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too Many Requests", Detail = detail },
        });
    }
}
