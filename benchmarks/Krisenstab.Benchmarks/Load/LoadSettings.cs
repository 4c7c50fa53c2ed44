using System.Globalization;

namespace Krisenstab.Benchmarks.Load;

/// <summary>
/// The load test's knobs: <c>--rate 200 --seconds 30 --overload-rate 1000 --overload-seconds 10 --history 100000
/// --samples 300 --warmup-seconds 60</c> (<c>--history 0</c> leaves the history phase out; the warm-up offers the rate to a facility of its own before the measured phases, so the figures are the running server's, not its JIT's), and <c>--gateway-from &lt;checkout&gt;</c> to measure the gateway built in another checkout (before/after).
/// </summary>
public sealed record LoadSettings(int Rate, TimeSpan Duration, int OverloadRate, TimeSpan OverloadDuration, int History, int Samples, string? GatewayFrom, TimeSpan WarmUp)
{
    public static LoadSettings From(string[] args)
    {
        int Value(string name, int fallback, int max, int min = 1)
        {
            var at = Array.IndexOf(args, name);
            var value = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
            return value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, $"between {min} and {max}");
        }
        return new LoadSettings(
            Value("--rate", 200, 5_000),
            TimeSpan.FromSeconds(Value("--seconds", 30, 120)),
            Value("--overload-rate", 1_000, 5_000),
            TimeSpan.FromSeconds(Value("--overload-seconds", 10, 60)),
            Value("--history", 100_000, 1_000_000, min: 0),
            Value("--samples", 300, 5_000),
            Array.IndexOf(args, "--gateway-from") is var from and >= 0 && from + 1 < args.Length ? Path.GetFullPath(args[from + 1]) : null,
            TimeSpan.FromSeconds(Value("--warmup-seconds", 60, 300, min: 0)));
    }
}
