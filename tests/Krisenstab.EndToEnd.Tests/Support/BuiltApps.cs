namespace Krisenstab.EndToEnd.Tests.Support;

/// <summary>Where the gateway and the service host were built, in the same configuration as these tests.</summary>
public static class BuiltApps
{
    public static string Gateway => Path.Combine(RepositoryRoot, "gateway", "Krisenstab.Gateway", "bin", Configuration, "net10.0", "Krisenstab.Gateway.dll");

    public static string ServiceHost => Path.Combine(RepositoryRoot, "services", "Krisenstab.ServiceHost", "bin", Configuration, "net10.0", "Krisenstab.ServiceHost.dll");

    /// <summary>Debug or Release: the folder above this test assembly's target framework folder.</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Krisenstab.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException($"No Krisenstab.sln above {AppContext.BaseDirectory}.");
        }
    }
}
