namespace Krisenstab.Testing;

/// <summary>Waits for a condition by polling with a deadline — never by a fixed sleep.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> isDone, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? DefaultTimeout);
        var delay = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            var value = await probe();
            if (isDone(value))
            {
                return value;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}; last value: {value}");
            }
            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        ReturnsAsync(condition, done => done, what, timeout);

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        ReturnsAsync(() => Task.FromResult(condition()), done => done, what, timeout);
}
