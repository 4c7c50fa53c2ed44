namespace Krisenstab.Messaging.Configuration;

/// <summary>How Krisenstab runs (<c>Krisenstab:Mode</c>): all modules in one process, or a process per service.</summary>
public enum RunMode
{
    Embedded,
    Distributed,
}
