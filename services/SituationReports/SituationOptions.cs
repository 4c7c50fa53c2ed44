using Krisenstab.SituationReports.Staff;

namespace Krisenstab.SituationReports;

/// <summary>Settings under <c>Krisenstab:Situation</c>, read and checked once at start.</summary>
public sealed class SituationOptions
{
    public const string Section = "Krisenstab:Situation";

    /// <summary>The staff functions with German names (<c>Functions:0:Code=S1</c>, <c>Functions:0:Name=Personal</c>); default S1–S6 and LdS.</summary>
    public List<StaffFunctionSetting> Functions { get; set; } = [];

    /// <summary>Function codes in the order they speak at a crisis meeting; default the situation first, the head of staff last.</summary>
    public List<string> SpeakingOrder { get; set; } = [];

    /// <summary>A sector whose latest report's as-of time is older than this is flagged overdue.</summary>
    public TimeSpan ReportOverdueAfter { get; set; } = TimeSpan.FromHours(24);
}

public sealed class StaffFunctionSetting
{
    public string? Code { get; set; }

    public string? Name { get; set; }
}
