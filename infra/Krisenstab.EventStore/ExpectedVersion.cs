namespace Krisenstab.EventStore;

/// <summary>
/// What the writer believes about a stream before appending: it does not exist yet, anything goes,
/// or its last event has exactly this version (versions start at 0).
/// </summary>
public readonly record struct ExpectedVersion
{
    private const long NoStreamValue = -1;
    private const long AnyValue = -2;

    private ExpectedVersion(long value) => Value = value;

    public long Value { get; }

    public static ExpectedVersion NoStream { get; } = new(NoStreamValue);
    public static ExpectedVersion Any { get; } = new(AnyValue);

    public static ExpectedVersion Exactly(long version) =>
        version >= 0 ? new(version) : throw new ArgumentOutOfRangeException(nameof(version));

    /// <summary>From the version a reader last saw: -1 (nothing yet) means NoStream.</summary>
    public static ExpectedVersion After(long lastSeenVersion) => lastSeenVersion < 0 ? NoStream : Exactly(lastSeenVersion);

    public bool IsNoStream => Value == NoStreamValue;
    public bool IsAny => Value == AnyValue;

    public override string ToString() => IsNoStream ? "NoStream" : IsAny ? "Any" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
