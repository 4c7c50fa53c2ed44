namespace Krisenstab.Gateway.Auth;

/// <summary>
/// A system that signs in as itself (client-credentials grant), from <c>Krisenstab:Auth:Clients</c>: the scenario
/// simulator, another authority's system. <see cref="SecretHash"/> is made like a password hash
/// (<c>hash-password &lt;secret&gt;</c>).
/// </summary>
public sealed class MachineClient
{
    public string ClientId { get; set; } = "";
    public string? SecretHash { get; set; }
    public IList<string> Roles { get; } = [];
}
