using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Krisenstab.Benchmarks.Load;

/// <summary>
/// The built gateway in embedded mode as a process of its own on 127.0.0.1 (a free port), over a fresh SQLite data
/// directory; its resident memory is read from /proc.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;

    private GatewayProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static string GatewayDll(string repository) =>
        Path.Combine(repository, "gateway", "Krisenstab.Gateway", "bin", "Release", "net10.0", "Krisenstab.Gateway.dll");

    public static async Task<GatewayProcess> StartAsync(string repository, string dataDirectory)
    {
        var dll = GatewayDll(repository);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the gateway first: dotnet build gateway/Krisenstab.Gateway -c Release ({dll} is missing).");
        }
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["Krisenstab__Mode"] = "Embedded",
            ["Krisenstab__Bus__Transport"] = "InMemory",
            ["Krisenstab__EventStore__Provider"] = "Sqlite",
            ["Krisenstab__EventStore__DataDirectory"] = dataDirectory,
            ["Krisenstab__RateLimits__Api__PermitLimit"] = "10000000",
            ["Krisenstab__Accommodation__Towns__Bramsche"] = "31000",
            ["Logging__LogLevel__Default"] = "Warning",
        })
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The gateway did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { } text) { Console.Error.WriteLine($"[gateway] {text}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var gateway = new GatewayProcess(process, address);
        await gateway.WaitUntilReadyAsync();
        return gateway;
    }

    /// <summary>The gateway's resident set size in MB (VmRSS).</summary>
    public double ResidentMegabytes() => Status("VmRSS:") / 1024;

    /// <summary>The gateway's threads now.</summary>
    public int Threads() => (int)Status("Threads:");

    /// <summary>The CPU time (user + system) the gateway has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    private double Status(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The gateway exited with {_process.ExitCode}.");
            }
            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The gateway was not ready within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
