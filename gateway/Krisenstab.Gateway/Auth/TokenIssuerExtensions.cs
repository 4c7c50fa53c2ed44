using Krisenstab.ServiceDefaults.Startup;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Krisenstab.Gateway.Auth;

public static class TokenIssuerExtensions
{
    public const string TokenPath = "connect/token";
    public const string IssuerKey = "Krisenstab:Auth:Issuer";
    public const string SigningKeyFileKey = "Krisenstab:Auth:SigningKeyFile";
    public const string DataDirectoryKey = "Krisenstab:EventStore:DataDirectory";

    /// <summary>
    /// OpenIddict issuing signed JWT access tokens at <c>POST /connect/token</c> (password grant) for the users in
    /// configuration. No database: degraded mode, the client id is checked by <see cref="ClientIdCheck"/>.
    /// The gateway validates its own tokens locally (for the routes it serves or forwards).
    /// </summary>
    public static WebApplicationBuilder AddTokenIssuer(this WebApplicationBuilder builder)
    {
        var users = builder.Configuration.GetSection(UserDirectory.SectionName).Get<List<ConfiguredUser>>() ?? [];
        UserDirectoryChecks.Validate(users, builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(new UserDirectory(users));

        var signingKey = SigningKeyFile.LoadOrCreate(SigningKeyPath(builder.Configuration));
        var issuer = builder.Configuration.OptionalHttpUri(IssuerKey);
        builder.Services.AddOpenIddict()
            .AddServer(server =>
            {
                server.EnableDegradedMode();
                server.SetTokenEndpointUris(TokenPath);
                server.AllowPasswordFlow();
                server.DisableAccessTokenEncryption();
                server.AddSigningKey(signingKey);
                server.AddEphemeralEncryptionKey();
                if (issuer is not null)
                {
                    server.SetIssuer(issuer);
                }
                // TLS ends at the reverse proxy or load balancer in front of the gateway.
                server.UseAspNetCore().DisableTransportSecurityRequirement();
                server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseSingletonHandler<ClientIdCheck>());
                server.AddEventHandler<HandleTokenRequestContext>(handler => handler.UseSingletonHandler<PasswordGrantHandler>());
            })
            .AddValidation(validation => validation.UseLocalServer());
        return builder;
    }

    private static string SigningKeyPath(ConfigurationManager configuration)
    {
        var configured = configuration[SigningKeyFileKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var dataDirectory = configuration[DataDirectoryKey];
        return Path.Combine(string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory, "gateway-signing-key.pem");
    }
}
