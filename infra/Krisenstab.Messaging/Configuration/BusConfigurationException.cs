namespace Krisenstab.Messaging.Configuration;

/// <summary>A bus setting that cannot work; the message is one line saying what to set.</summary>
public sealed class BusConfigurationException : InvalidOperationException
{
    public BusConfigurationException()
    {
    }

    public BusConfigurationException(string message) : base(message)
    {
    }

    public BusConfigurationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
