using System.Globalization;

namespace Krisenstab.Benchmarks.Load;

/// <summary>The load test's knobs: <c>--rate 200 --seconds 30 --overload-rate 1000 --overload-seconds 10 --history 100000 --samples 300</c>.</summary>
public sealed record LoadSettings(int Rate, TimeSpan Duration, int OverloadRate, TimeSpan OverloadDuration, int History, int Samples)
{
    public static LoadSettings From(string[] args)
    {
        int Value(string name, int fallback, int max)
        {
            var at = Array.IndexOf(args, name);
            var value = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
            return value > 0 && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, $"between 1 and {max}");
        }
        return new LoadSettings(
            Value("--rate", 200, 5_000),
            TimeSpan.FromSeconds(Value("--seconds", 30, 120)),
            Value("--overload-rate", 1_000, 5_000),
            TimeSpan.FromSeconds(Value("--overload-seconds", 10, 60)),
            Value("--history", 100_000, 1_000_000),
            Value("--samples", 300, 5_000));
    }
}
