namespace Krisenstab.Communication.Messages;

/// <summary>Where a version stands in the four-eyes path: draft → submitted → approved → published, or rejected back.</summary>
public enum VersionStatus
{
    Draft,
    Submitted,
    Approved,
    Rejected,
    Published,

    /// <summary>Published once, then replaced by a published correction (still readable).</summary>
    Superseded,
}
