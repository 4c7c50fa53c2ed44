using System.Globalization;

namespace Krisenstab.Benchmarks.Load;

public static class Percentiles
{
    /// <summary>The value below which <paramref name="percent"/> % of the samples lie (nearest rank); NaN when there are none.</summary>
    public static double Of(IReadOnlyList<double> samples, double percent)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static string Ms(double milliseconds) => double.IsNaN(milliseconds) ? "–" : milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
