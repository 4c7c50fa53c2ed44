namespace Krisenstab.Gateway.WebApp;

/// <summary>
/// The headers that keep the page's own scripts the only ones that run: a Content-Security-Policy without
/// 'unsafe-inline' (uPlot and Preact set styles through the CSSOM, which the policy allows), no framing, no sniffing.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseWebAppSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                response.Headers.XContentTypeOptions = "nosniff";
                if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    response.Headers.XFrameOptions = "DENY";
                    response.Headers["Referrer-Policy"] = "no-referrer";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
}
