namespace Krisenstab.Contracts.Staffing;

/// <summary>How far a request is filled after an event: members asked for, and members assigned now (released ones not counted).</summary>
public sealed record RequestFill(int Needed, int Assigned)
{
    public int Open => Math.Max(0, Needed - Assigned);
}
