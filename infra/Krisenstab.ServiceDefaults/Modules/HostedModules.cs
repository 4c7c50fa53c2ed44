namespace Krisenstab.ServiceDefaults.Modules;

/// <summary>The modules this process hosts, in the order they were added.</summary>
public sealed record HostedModules(IReadOnlyList<IServiceModule> Modules)
{
    public IEnumerable<string> Names => Modules.Select(module => module.Name);
}
