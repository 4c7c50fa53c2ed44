namespace Krisenstab.EventStore;

/// <summary>The stream was not at the version the writer expected: someone else wrote first. The API maps this to 409.</summary>
public sealed class WrongExpectedVersionException : Exception
{
    public WrongExpectedVersionException(string stream, ExpectedVersion expected, long actualVersion)
        : base($"Stream '{stream}' expected at version {expected} but is at {(actualVersion < 0 ? "NoStream" : actualVersion)}.")
    {
        Stream = stream;
        Expected = expected;
        ActualVersion = actualVersion;
    }

    public WrongExpectedVersionException() : base("Wrong expected version.") => Stream = string.Empty;

    public WrongExpectedVersionException(string message) : base(message) => Stream = string.Empty;

    public WrongExpectedVersionException(string message, Exception innerException) : base(message, innerException) => Stream = string.Empty;

    public string Stream { get; }
    public ExpectedVersion Expected { get; }
    /// <summary>-1 when the stream does not exist.</summary>
    public long ActualVersion { get; } = -1;
}
