namespace Krisenstab.Staffing;

/// <summary>Settings under <c>Krisenstab:Staffing</c>.</summary>
public sealed class StaffingOptions
{
    public const string Section = "Krisenstab:Staffing";

    /// <summary>The share of a home department's pool members that may be deployed at once (0 &lt; share ≤ 1), so the department keeps working.</summary>
    public decimal MaxDepartmentShare { get; set; } = 0.5m;
}
