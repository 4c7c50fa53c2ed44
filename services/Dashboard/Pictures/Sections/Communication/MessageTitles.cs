using Krisenstab.Contracts.Communication;

namespace Krisenstab.Dashboard.Pictures.Sections.Communication;

/// <summary>How the dashboard names a message: by its German title (German is required), else its first.</summary>
public static class MessageTitles
{
    public static string German(IReadOnlyList<MessageText> texts) =>
        (texts.FirstOrDefault(t => t.Language.Split('-')[0] == "de") ?? (texts.Count > 0 ? texts[0] : null))?.Title ?? "";
}
