using Krisenstab.Messaging.Configuration;

namespace Krisenstab.ServiceDefaults.Startup;

/// <summary>Runs a host; a configuration that cannot work ends the process with one clear line on stderr and exit code 2.</summary>
public static class StartupGuard
{
    public const int ConfigurationErrorExitCode = 2;

    public static int Run(Action runHost)
    {
        try
        {
            runHost();
            return 0;
        }
        catch (Exception error) when (error is StartupConfigurationException or BusConfigurationException)
        {
            Console.Error.WriteLine($"Krisenstab cannot start: {error.Message}");
            return ConfigurationErrorExitCode;
        }
    }
}
