using Krisenstab.Contracts.Communication;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Communication.Messages;

/// <summary>A message's texts as typed: each language once, a well-formed tag, a title and a text; German among them.</summary>
public static class MessageInput
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 10_000;
    public const int MaxReasonLength = 2_000;
    public const int MaxLanguages = 30;

    /// <summary>The texts with normalised tags and trimmed titles, or the first thing wrong with them.</summary>
    public static (IReadOnlyList<MessageText> Texts, DomainError? Error) Texts(IReadOnlyList<MessageText>? texts)
    {
        if (texts is null || texts.Count == 0)
        {
            return ([], DomainError.Invalid("texts", "A message needs at least its German text (language 'de')."));
        }
        if (texts.Count > MaxLanguages)
        {
            return ([], DomainError.Invalid("texts", $"A message has at most {MaxLanguages} languages."));
        }
        var normalised = new List<MessageText>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var (text, error) = One(texts[i], $"texts[{i}]");
            if (error is not null)
            {
                return ([], error);
            }
            if (normalised.Any(t => string.Equals(t.Language, text!.Language, StringComparison.OrdinalIgnoreCase)))
            {
                return ([], DomainError.Invalid($"texts[{i}].language", $"The language '{text!.Language}' is given twice; each language has one title and text."));
            }
            normalised.Add(text!);
        }
        if (!normalised.Any(t => LanguageTag.IsGerman(t.Language)))
        {
            return ([], DomainError.Invalid("texts", "A message needs a German text (language 'de'); the other languages come in addition."));
        }
        return (normalised, null);
    }

    public static DomainError? Reason(string? reason, string field) =>
        string.IsNullOrWhiteSpace(reason) ? DomainError.Invalid(field, $"'{field}' must say why.")
        : reason.Length > MaxReasonLength ? DomainError.Invalid(field, $"'{field}' has at most {MaxReasonLength} characters.")
        : null;

    private static (MessageText? Text, DomainError? Error) One(MessageText? text, string field)
    {
        if (text is null)
        {
            return (null, DomainError.Invalid(field, $"'{field}' must be an object with language, title and text."));
        }
        if (LanguageTag.Normalize(text.Language) is not { } language)
        {
            return (null, DomainError.Invalid($"{field}.language", $"'{text.Language}' is not a BCP 47 language tag (e.g. de, uk, ar, sr-Latn)."));
        }
        if (string.IsNullOrWhiteSpace(text.Title) || text.Title.Length > MaxTitleLength)
        {
            return (null, DomainError.Invalid($"{field}.title", $"The title in '{language}' must not be empty and has at most {MaxTitleLength} characters."));
        }
        if (string.IsNullOrWhiteSpace(text.Text) || text.Text.Length > MaxTextLength)
        {
            return (null, DomainError.Invalid($"{field}.text", $"The text in '{language}' must not be empty and has at most {MaxTextLength} characters."));
        }
        return (new MessageText(language, text.Title.Trim(), text.Text.Trim()), null);
    }
}
