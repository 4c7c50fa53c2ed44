using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>Places taken out of use for a while, e.g. a room under quarantine or in repair.</summary>
public sealed record PlaceBlock(Guid Id, int Places, BlockReason Reason, string? Note);
