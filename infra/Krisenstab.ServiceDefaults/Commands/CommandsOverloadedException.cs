namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>
/// A command could not start in time because its stream is busy; nothing was stored. Answered 503 with
/// <c>Retry-After</c> (see <c>Problems/ExceptionProblemHandler</c>).
/// </summary>
public sealed class CommandsOverloadedException : Exception
{
    public CommandsOverloadedException(string message, TimeSpan retryAfter) : base(message) => RetryAfter = retryAfter;

    public CommandsOverloadedException() : base("Too many commands wait for the same data.")
    {
    }

    public CommandsOverloadedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>When a retry is worth trying.</summary>
    public TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(1);
}
