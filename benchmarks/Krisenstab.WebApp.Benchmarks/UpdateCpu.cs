using System.Text.Json;

/// <summary>
/// The renderer's main-thread CPU time per timed update, read from a Chromium trace: wall-clock times on a machine
/// shared by many processes mostly measure waiting for a core, thread time measures the page's own work.
/// </summary>
internal static class UpdateCpu
{
    /// <summary>Per update (a <c>performance.measure("update")</c>): the CPU of the animation-frame callback that
    /// renders it (render, effects, chart redraw, style, layout) and of the whole frame's task (with paint).</summary>
    public static (double[] Update, double[] Frame) Measure(IReadOnlyList<JsonElement> events)
    {
        var updates = events.Where(e => Str(e, "name") == "update" && Str(e, "cat") == "blink.user_timing" && Str(e, "ph") is "b").ToList();
        if (updates.Count == 0)
        {
            return ([], []);
        }
        var thread = (Num(updates[0], "pid"), Num(updates[0], "tid"));
        var complete = events.Where(e => Str(e, "ph") == "X" && (Num(e, "pid"), Num(e, "tid")) == thread).ToList();
        double[] Around(string name) => [.. updates.Select(u => Num(u, "ts")).Select(start => complete
            .Where(e => Str(e, "name") == name && Num(e, "ts") <= start && start <= Num(e, "ts") + Num(e, "dur"))
            .Select(e => Num(e, "tdur") / 1000.0)
            .DefaultIfEmpty(double.NaN)
            .Max())];
        return (Around("FireAnimationFrame"), Around("RunTask"));
    }

    public static string Summary(double[] milliseconds)
    {
        var known = milliseconds.Where(double.IsFinite).Order().ToArray();
        return known.Length == 0
            ? "n/a"
            : $"median {known[known.Length / 2]:0.0} ms, p95 {known[Math.Min(known.Length - 1, (int)(0.95 * known.Length))]:0.0} ms, max {known[^1]:0.0} ms";
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double Num(JsonElement e, string name) => e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : 0;
}
