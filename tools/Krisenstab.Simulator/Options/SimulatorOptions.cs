using Krisenstab.Simulator.Data;

namespace Krisenstab.Simulator.Options;

/// <summary>What a run is: the scenario (municipality, weeks, seed, scale), its pace, and the installation it drives.</summary>
public sealed record SimulatorOptions
{
    public static readonly DateOnly SpringStart = new(2022, 3, 7);

    public required Municipality Municipality { get; init; }
    public int Weeks { get; init; } = 6;

    /// <summary>Simulated seconds per real second: 10080 plays a week in a minute.</summary>
    public double Compression { get; init; } = 10080;

    /// <summary>At most this many commands per real second.</summary>
    public double Rate { get; init; } = 20;

    public int Seed { get; init; } = 42;

    /// <summary>The share of the spring-2022 arrivals that is simulated (1: as many as the municipality took in).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>The first day of the scenario; only the embedded host can be set to the past.</summary>
    public DateOnly Start { get; init; } = SpringStart;

    /// <summary>A running gateway to drive; null: the simulator hosts the system itself (embedded, its own clock).</summary>
    public Uri? Gateway { get; init; }

    public ClientCredentials? Client { get; init; }
    public ClientCredentials? Approver { get; init; }

    /// <summary>Embedded only: the SQLite data directory the run leaves behind.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>After the run, the crisis's NDJSON export is written here.</summary>
    public string? ExportPath { get; init; }

    /// <summary>Print the command sequence as JSON lines and exit, without any installation.</summary>
    public bool PlanOnly { get; init; }

    public bool KeepOpen { get; init; }
    public bool Quiet { get; init; }
}

/// <summary>A machine client's sign-in (client-credentials grant).</summary>
public sealed record ClientCredentials(string ClientId, string Secret);
