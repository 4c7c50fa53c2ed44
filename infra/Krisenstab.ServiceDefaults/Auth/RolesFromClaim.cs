using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Krisenstab.ServiceDefaults.Auth;

/// <summary>
/// An external provider names roles its own way (<c>groups</c>, <c>roles</c>, <c>realm_access</c>…): with
/// <see cref="ClaimKey"/> set, the values of that claim (a string, several claims, or a JSON array) that are
/// Krisenstab roles become <c>role</c> claims. Other values are ignored, so a provider's own groups grant nothing here.
/// </summary>
internal sealed class RolesFromClaim(string claimType) : IClaimsTransformation
{
    public const string ClaimKey = "Krisenstab:Auth:RolesClaim";

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity)
        {
            return Task.FromResult(principal);
        }
        var roles = identity.FindAll(claimType).SelectMany(claim => Values(claim.Value)).Where(Roles.Known.Contains).Distinct(StringComparer.Ordinal);
        foreach (var role in roles.Where(role => !identity.HasClaim(identity.RoleClaimType, role)).ToList())
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, role));
        }
        return Task.FromResult(principal);
    }

    private static string[] Values(string value)
    {
        if (!value.StartsWith('['))
        {
            return [value];
        }
        try
        {
            return JsonSerializer.Deserialize<string[]>(value) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

internal static class RolesFromClaimExtensions
{
    public static IServiceCollection AddRolesFromConfiguredClaim(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[RolesFromClaim.ClaimKey] is { Length: > 0 } claimType && claimType != Claims.Role)
        {
            services.AddSingleton<IClaimsTransformation>(new RolesFromClaim(claimType));
        }
        return services;
    }
}
