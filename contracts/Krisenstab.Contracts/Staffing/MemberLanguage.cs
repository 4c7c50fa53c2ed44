namespace Krisenstab.Contracts.Staffing;

/// <summary>A language a member speaks: a BCP 47 tag in its canonical casing (<c>uk</c>, <c>fa-AF</c>) and the level.</summary>
public sealed record MemberLanguage(string Code, LanguageLevel Level);
