namespace Krisenstab.Gateway.RateLimits;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> (a fixed window) for one partition.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
