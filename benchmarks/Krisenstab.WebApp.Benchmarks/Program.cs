using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;

// The web app's speed targets, measured in Debian's headless Chromium (see gateway/web/README.md, "Benchmark"):
// 1. first load: the compressed size of app.js + app.css as the gateway serves them (gzip; Brotli is smaller);
// 2. one update of a picture with 500 facilities rendered (render, effects, style and layout) in at most 16 ms, and the
//    charts' redraw in the next frame within 16 ms too;
// 3. 50 changes per second for 10 s through the page's own fold, without falling behind.
var root = FindRepository() ?? throw new InvalidOperationException("run inside the repository");
// KRISENSTAB_BENCH_WEB: another copy of gateway/web (e.g. an older commit's, with node_modules), to compare before and after.
var web = Environment.GetEnvironmentVariable("KRISENSTAB_BENCH_WEB") ?? Path.Combine(root, "gateway", "web");
var bundle = Path.Combine(root, "gateway", "Krisenstab.Gateway", "wwwroot");
if (!File.Exists(Path.Combine(bundle, "app.js")))
{
    throw new InvalidOperationException("build the gateway first: dotnet build gateway/Krisenstab.Gateway -c Release");
}
long Gzip(string file)
{
    using var output = new MemoryStream();
    using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
    {
        using var input = File.OpenRead(file);
        input.CopyTo(gzip);
    }
    return output.Length;
}
var firstLoad = Gzip(Path.Combine(bundle, "app.js")) + Gzip(Path.Combine(bundle, "app.css"));

var benchDirectory = Directory.CreateTempSubdirectory("krisenstab-web-bench-").FullName;
using (var node = Process.Start(new ProcessStartInfo("node", ["build.mjs", "--bench", benchDirectory]) { WorkingDirectory = web })!)
{
    await node.WaitForExitAsync();
    if (node.ExitCode != 0)
    {
        throw new InvalidOperationException("the benchmark bundle did not build (npm ci in gateway/web first)");
    }
}

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, Locale = "de-DE", TimezoneId = "Europe/Berlin" });
// A Chromium trace of the run gives each update's main-thread CPU time (see UpdateCpu). With
// KRISENSTAB_BENCH_TRACE=file.json it also samples the JS and is written there (open it in DevTools' Performance panel).
var trace = Environment.GetEnvironmentVariable("KRISENSTAB_BENCH_TRACE");
string[] traceCategories = trace is null
    ? ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"]
    : ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8", "disabled-by-default-v8.cpu_profiler"];
var traceEvents = new List<JsonElement>();
var traceComplete = new TaskCompletionSource();
var cdp = await page.Context.NewCDPSessionAsync(page);
cdp.Event("Tracing.dataCollected").OnEvent += (_, data) => traceEvents.AddRange(data!.Value.GetProperty("value").EnumerateArray().Select(e => e.Clone()));
cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => traceComplete.TrySetResult();
await cdp.SendAsync("Tracing.start", new()
{
    ["transferMode"] = "ReportEvents",
    ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = traceCategories },
});
await page.GotoAsync(new Uri(Path.Combine(benchDirectory, "index.html")).AbsoluteUri);
await page.WaitForFunctionAsync("() => window.benchResult", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
await cdp.SendAsync("Tracing.end");
await traceComplete.Task;
if (trace is not null)
{
    await File.WriteAllTextAsync(trace, JsonSerializer.Serialize(new { traceEvents }));
}
var cpu = UpdateCpu.Measure(traceEvents);
var json = await page.EvaluateAsync<JsonElement>("() => window.benchResult");
Directory.Delete(benchDirectory, recursive: true);

var update = json.GetProperty("update500");
var burst = json.GetProperty("fiftyPerSecond");
Console.WriteLine($"first load, gzip: {firstLoad / 1024.0:0.0} KB of JS+CSS (target ≤ 300 KB)");
Console.WriteLine($"one update, 500 facilities: median {update.GetProperty("medianMs").GetDouble():0.0} ms, p95 {update.GetProperty("p95Ms").GetDouble():0.0} ms, max {update.GetProperty("maxMs").GetDouble():0.0} ms (target ≤ 16 ms)");
var parts = json.GetProperty("parts");
string Part(string name) => $"{name} median {parts.GetProperty(name).GetProperty("medianMs").GetDouble():0.0} / p95 {parts.GetProperty(name).GetProperty("p95Ms").GetDouble():0.0} ms";
Console.WriteLine($"  of which {Part("render")} (incl. effects), {Part("layout")} (style + layout); the next frame: {Part("charts")} (the charts' redraw, target ≤ 16 ms too)");
var slowest = json.GetProperty("slowest").EnumerateArray().Select(s =>
    $"#{s.GetProperty("n").GetInt32()} {s.GetProperty("ms").GetDouble():0.0} ms (render {s.GetProperty("render").GetDouble():0.0}, layout {s.GetProperty("layout").GetDouble():0.0})");
Console.WriteLine($"  slowest updates: {string.Join("; ", slowest)}");
Console.WriteLine($"  main-thread CPU per update: {UpdateCpu.Summary(cpu.Update)}; whole frame with paint: {UpdateCpu.Summary(cpu.Frame)}");
Console.WriteLine($"  load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine($"50 changes/s for 10 s: {burst.GetProperty("pushed").GetInt32()} pushed, {burst.GetProperty("renders").GetInt32()} renders, " +
    $"shown version {burst.GetProperty("shownVersion").GetInt32()} of {burst.GetProperty("pushedVersion").GetInt32()}, " +
    $"max render {burst.GetProperty("maxRenderMs").GetDouble():0.0} ms, max lag {burst.GetProperty("maxLagMs").GetDouble():0.0} ms");
return 0;

static string? FindRepository()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Krisenstab.sln")))
        {
            return directory.FullName;
        }
    }
    return null;
}
