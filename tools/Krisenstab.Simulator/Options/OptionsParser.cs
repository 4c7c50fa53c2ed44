using System.Globalization;
using Krisenstab.Simulator.Data;

namespace Krisenstab.Simulator.Options;

/// <summary>Reads the command line; a bad option gives one line saying what is wrong and nothing runs.</summary>
public static class OptionsParser
{
    public const string Usage = """
        Krisenstab scenario simulator: drives a realistic crisis through the public API.
          --municipality <name>   one of the studied municipalities (default "Altenburger Land"; --list shows them)
          --weeks <1..26>         weeks of spring 2022 to play (default 6)
          --compress <factor>     simulated seconds per real second (default 10080: a week per minute)
          --rate <per second>     at most this many commands per second (default 20)
          --seed <integer>        the same seed gives the same commands (default 42)
          --scale <0..1]          share of the municipality's spring arrivals to simulate (default 1)
          --start <yyyy-MM-dd>    first day, embedded host only (default 2022-03-07)
          --gateway <url>         drive a running installation instead of the embedded host; needs
          --client-id, --client-secret, --approver-id, --approver-secret   two machine clients (four eyes)
          --data <dir>            embedded: the SQLite data directory to leave behind (default: a new temporary one)
          --export <file>         after the run, write the crisis's NDJSON export there
          --keep-open             do not close the crisis at the end
          --plan                  print the commands as JSON lines and exit
          --quiet                 no progress bar
        """;

    private static readonly HashSet<string> Flags = ["--plan", "--keep-open", "--quiet", "--help", "--list"];

    /// <summary>The options, or the one line that says why not (null options and null error: help or list was asked for).</summary>
    public static (SimulatorOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (Flags.Contains(name))
            {
                values[name] = "";
                continue;
            }
            if (!name.StartsWith("--", StringComparison.Ordinal) || !Known.Contains(name))
            {
                return (null, $"Unknown option '{name}'; --help lists the options.");
            }
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return (null, $"Option '{name}' needs a value.");
            }
            if (!values.TryAdd(name, args[++i]))
            {
                return (null, $"Option '{name}' is given twice.");
            }
        }
        return values.ContainsKey("--help") || values.ContainsKey("--list") ? (null, null) : Build(values);
    }

    public static bool AsksForHelp(IReadOnlyList<string> args) => args.Contains("--help");

    public static bool AsksForList(IReadOnlyList<string> args) => args.Contains("--list");

    private static readonly HashSet<string> Known =
    [
        "--municipality", "--weeks", "--compress", "--rate", "--seed", "--scale", "--start", "--gateway",
        "--client-id", "--client-secret", "--approver-id", "--approver-secret", "--data", "--export",
    ];

    private static (SimulatorOptions?, string?) Build(Dictionary<string, string> values)
    {
        string? Value(string name) => values.GetValueOrDefault(name);
        var municipalityName = Value("--municipality") ?? "Altenburger Land";
        if (MunicipalityTable.Find(municipalityName) is not { } municipality)
        {
            return (null, $"--municipality '{municipalityName}' is not one studied municipality with population and protection seekers; --list shows them.");
        }
        string?[] errors =
        [
            Number(Value("--weeks"), 6, "--weeks", 1, 26, out var weeks),
            Number(Value("--compress"), 10080, "--compress", 1, 1e9, out var compression),
            Number(Value("--rate"), 20, "--rate", 0.01, 10000, out var rate),
            Number(Value("--seed"), 42, "--seed", int.MinValue, int.MaxValue, out var seed),
            Number(Value("--scale"), 1, "--scale", 0, 1, out var scale),
        ];
        var error = errors.FirstOrDefault(e => e is not null)
            ?? (weeks == Math.Floor(weeks) ? null : "--weeks must be a whole number from 1 to 26.")
            ?? (seed == Math.Floor(seed) ? null : "--seed must be an integer.")
            ?? (scale > 0 ? null : "--scale must be more than 0 and at most 1.");
        if (error is not null)
        {
            return (null, error);
        }

        var start = SimulatorOptions.SpringStart;
        if (Value("--start") is { } startText && !DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            return (null, $"--start '{startText}' is not a date (yyyy-MM-dd).");
        }

        Uri? gateway = null;
        if (Value("--gateway") is { } gatewayText && (!Uri.TryCreate(gatewayText, UriKind.Absolute, out gateway) || gateway.Scheme is not ("http" or "https")))
        {
            return (null, $"--gateway '{gatewayText}' is not an http(s) address.");
        }
        var credentials = new[] { "--client-id", "--client-secret", "--approver-id", "--approver-secret" };
        if (gateway is null)
        {
            if (credentials.FirstOrDefault(values.ContainsKey) is { } stray)
            {
                return (null, $"{stray} is for --gateway; the embedded host signs in with machine clients of its own.");
            }
        }
        else
        {
            if (credentials.FirstOrDefault(c => !values.ContainsKey(c)) is { } missing)
            {
                return (null, $"--gateway needs {missing} (two machine clients: one drafts, the other approves).");
            }
            if (Value("--client-id") == Value("--approver-id"))
            {
                return (null, "--approver-id must differ from --client-id: a message is approved by a second client (four eyes).");
            }
            if (values.ContainsKey("--start"))
            {
                return (null, "--start needs the embedded host: a running gateway records its own time.");
            }
            if (values.ContainsKey("--data"))
            {
                return (null, "--data is for the embedded host; a running gateway keeps its own data.");
            }
        }

        return (new SimulatorOptions
        {
            Municipality = municipality,
            Weeks = (int)weeks,
            Compression = compression,
            Rate = rate,
            Seed = (int)seed,
            Scale = scale,
            Start = start,
            Gateway = gateway,
            Client = gateway is null ? null : new ClientCredentials(Value("--client-id")!, Value("--client-secret")!),
            Approver = gateway is null ? null : new ClientCredentials(Value("--approver-id")!, Value("--approver-secret")!),
            DataDirectory = Value("--data"),
            ExportPath = Value("--export"),
            PlanOnly = values.ContainsKey("--plan"),
            KeepOpen = values.ContainsKey("--keep-open"),
            Quiet = values.ContainsKey("--quiet"),
        }, null);
    }

    private static string? Number(string? text, double fallback, string name, double min, double max, out double value)
    {
        value = fallback;
        if (text is null)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || double.IsNaN(value) || value < min || value > max)
        {
            return $"{name} '{text}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.";
        }
        return null;
    }
}
