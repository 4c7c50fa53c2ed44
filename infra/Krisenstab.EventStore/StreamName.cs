namespace Krisenstab.EventStore;

/// <summary>A stream is named <c>{category}-{id}</c>, one stream per aggregate.</summary>
public readonly record struct StreamName
{
    public StreamName(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    public string Value { get; }

    public static StreamName For(string category, Guid id) => new($"{category}-{id:N}");

    public static StreamName For(string category, string id) => new($"{category}-{id}");

    public string Category => Value[..Math.Max(0, Value.IndexOf('-', StringComparison.Ordinal))];

    public override string ToString() => Value;
}
