namespace Krisenstab.Contracts.Staffing;

/// <summary>The days of a deployment, both included.</summary>
public sealed record DeploymentPeriod(DateOnly From, DateOnly To)
{
    public bool Overlaps(DeploymentPeriod other) => From <= other.To && other.From <= To;

    public bool Covers(DateOnly day) => From <= day && day <= To;
}
