namespace Krisenstab.Communication.Messages;

/// <summary>One step of the four-eyes record: submitted, approved, rejected, published, retracted — by whom, when, why.</summary>
public sealed record ApprovalStep(int Version, string Step, string By, DateTimeOffset At, string? Reason = null);
