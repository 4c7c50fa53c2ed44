using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Krisenstab.Gateway.WebApp;

/// <summary>
/// Serves the situation-room page (built from gateway/web into wwwroot by WebApp.targets) in both modes: the
/// gateway serves the files itself, never proxies them. Deep links of the page's own routes answer index.html.
/// </summary>
public static class WebAppExtensions
{
    /// <summary>
    /// The page's routes; each answers index.html, so that a deep link or a reload works. Below a crisis and below each
    /// service's own top path every deeper path is the page's too (the service's screens, gateway/web/src/modules).
    /// </summary>
    private static readonly string[] PageRoutes =
    [
        "/", "/anmelden", "/krisen", "/krisen/{id}", "/krisen/{id}/{**screen}", "/barrierefreiheit",
        "/personal/{**screen}", "/auftraege/{**screen}", "/mitteilungen/{**screen}", "/analyse/{**screen}",
    ];

    public static WebApplicationBuilder AddWebApp(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new WebAppSettings(AccessibilityContact.FromConfiguration(builder.Configuration)));
        builder.Services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/javascript", "application/javascript", "text/css", "text/html"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return builder;
    }

    /// <summary>Before authentication: the page's files are public, the data behind them is not.</summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        app.UseWebAppSecurityHeaders();
        app.UseWhen(context => IsPageFile(context.Request.Path), page => page.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            // Fixed file names: the browser revalidates (ETag) instead of keeping an old bundle.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }

    public static WebApplication MapWebApp(this WebApplication app)
    {
        var files = app.Environment.WebRootFileProvider;
        foreach (var route in PageRoutes)
        {
            app.MapGet(route, (HttpContext context) =>
                {
                    context.Response.Headers.CacheControl = "no-cache";
                    var index = files.GetFileInfo("index.html");
                    return index.Exists
                        ? Results.Stream(index.CreateReadStream(), "text/html; charset=utf-8")
                        : Results.Problem("The web app is not built: run `dotnet build` with Node.js and npm installed.", statusCode: StatusCodes.Status503ServiceUnavailable);
                })
                .AllowAnonymous()
                .ExcludeFromDescription();
        }
        app.MapGet("/web/settings", (WebAppSettings settings) => settings).AllowAnonymous();
        return app;
    }

    private static bool IsPageFile(PathString path) =>
        path.Value is { } value && (value.EndsWith(".js", StringComparison.Ordinal) || value.EndsWith(".css", StringComparison.Ordinal) || value.EndsWith(".html", StringComparison.Ordinal));
}
