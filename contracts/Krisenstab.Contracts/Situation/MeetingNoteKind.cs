namespace Krisenstab.Contracts.Situation;

/// <summary>What the minutes keep apart: what is known, what is assumed, what is still open.</summary>
public enum MeetingNoteKind
{
    Fact,
    Assumption,
    OpenQuestion,
}
