namespace Krisenstab.Contracts.Accommodation;

/// <summary>Why places are taken out of use for a while.</summary>
public enum BlockReason
{
    Quarantine,
    Repair,
    Other,
}
