namespace Krisenstab.Gateway.Edge;

/// <summary>
/// Origins whose pages may call the API from a browser (<c>Krisenstab:Cors:AllowedOrigins</c>, e.g.
/// <c>https://lage.landkreis.de</c>). None by default: the web page is served by the gateway itself (same origin), so
/// no cross-origin request is answered with CORS headers.
/// </summary>
public static class CorsSettings
{
    public const string Section = "Krisenstab:Cors";
    public const string PolicyName = "configured-origins";

    public static string[] AllowedOrigins(IConfiguration configuration) =>
        configuration.GetSection($"{Section}:AllowedOrigins").Get<string[]>() ?? [];
}
