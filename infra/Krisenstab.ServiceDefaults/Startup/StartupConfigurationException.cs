namespace Krisenstab.ServiceDefaults.Startup;

/// <summary>A configuration that cannot work. Its message is one line that says what to set.</summary>
public sealed class StartupConfigurationException : Exception
{
    public StartupConfigurationException(string message) : base(message)
    {
    }

    public StartupConfigurationException() : base("The configuration cannot work.")
    {
    }

    public StartupConfigurationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
