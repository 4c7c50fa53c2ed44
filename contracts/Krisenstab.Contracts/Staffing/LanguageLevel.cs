namespace Krisenstab.Contracts.Staffing;

/// <summary>How well a member speaks a language, lowest first. On the wire: <c>basic</c>, <c>conversational</c>, <c>fluent</c>, <c>native</c>.</summary>
public enum LanguageLevel
{
    Basic,
    Conversational,
    Fluent,
    Native,
}
