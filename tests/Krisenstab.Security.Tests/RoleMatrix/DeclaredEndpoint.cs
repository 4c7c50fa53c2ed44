using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using KnownRoles = Krisenstab.ServiceDefaults.Roles;

namespace Krisenstab.Security.Tests.RoleMatrix;

/// <summary>One HTTP endpoint of the running application, as its own endpoint data source describes it.</summary>
public sealed partial record DeclaredEndpoint(string Method, string Pattern, IReadOnlyList<string>? Roles, bool Anonymous, RouteEndpoint Endpoint)
{
    /// <summary>Every route endpoint of the app, one per HTTP method.</summary>
    public static IReadOnlyList<DeclaredEndpoint> All(EndpointDataSource source) =>
    [
        .. source.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => MethodsOf(endpoint).Select(method => From(endpoint, method)))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal),
    ];

    /// <summary>The roles not allowed to call this endpoint (none for an anonymous one).</summary>
    public IEnumerable<string> RefusedRoles => Anonymous ? [] : KnownRoles.Known.Except(Roles ?? []);

    /// <summary>A concrete path for the pattern: a fresh id for each <c>{x:guid}</c>, a harmless word for other parameters.</summary>
    public string SamplePath() => PathWith((_, isGuid) => isGuid ? Guid.NewGuid().ToString() : "sample");

    /// <summary>The pattern with each parameter replaced by what <paramref name="value"/> gives for its name and whether it is a Guid.</summary>
    public string PathWith(Func<string, bool, string> value) =>
        Parameter().Replace(Pattern, match => value(match.Groups["name"].Value, match.Groups["guid"].Success));

    public override string ToString() => $"{Method} {Pattern}";

    private static DeclaredEndpoint From(RouteEndpoint endpoint, string method)
    {
        var metadata = endpoint.Metadata;
        var anonymous = metadata.GetMetadata<IAllowAnonymous>() is not null;
        var roleSets = metadata.GetOrderedMetadata<AuthorizationPolicy>()
            .SelectMany(policy => policy.Requirements.OfType<RolesAuthorizationRequirement>())
            .Select(requirement => requirement.AllowedRoles)
            .Concat(metadata.GetOrderedMetadata<IAuthorizeData>()
                .Where(data => !string.IsNullOrEmpty(data.Roles))
                .Select(data => (IEnumerable<string>)data.Roles!.Split(',', StringSplitOptions.TrimEntries)))
            .ToList();
        // Several policies on one endpoint must all pass: the caller needs a role in each of them.
        var roles = roleSets.Count == 0
            ? null
            : KnownRoles.Known.Where(role => roleSets.All(set => set.Contains(role, StringComparer.Ordinal))).ToList();
        return new DeclaredEndpoint(method, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), roles, anonymous, endpoint);
    }

    private static IEnumerable<string> MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["GET"];

    [GeneratedRegex(@"\{(?<name>[^}:]+)(?<guid>:guid)?[^}]*\}")]
    private static partial Regex Parameter();
}
