using Krisenstab.Documents.Text;

namespace Krisenstab.Documents;

/// <summary>
/// The fonts a record is set in, loaded once per process from one folder: Noto Sans (Latin, Cyrillic, Greek) and
/// Noto Sans Arabic (Arabic, Farsi, Urdu, Pashto), regular and bold — Debian's package fonts-noto-core puts them in
/// <see cref="DebianDirectory"/>. Each character is set in the first font that has it, in that order.
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    public const string DebianDirectory = "/usr/share/fonts/truetype/noto";
    public const string DebianPackage = "fonts-noto-core";

    private static readonly string[] RegularFiles = ["NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf"];
    private static readonly string[] BoldFiles = ["NotoSans-Bold.ttf", "NotoSansArabic-Bold.ttf"];

    private DocumentFonts(FontSet regular, FontSet bold) => (Regular, Bold) = (regular, bold);

    internal FontSet Regular { get; }

    internal FontSet Bold { get; }

    /// <summary>The font files that are missing from <paramref name="directory"/> (none: records can be printed).</summary>
    public static IReadOnlyList<string> MissingIn(string directory) =>
        [.. RegularFiles.Concat(BoldFiles).Where(file => !File.Exists(Path.Combine(directory, file)))];

    /// <summary>
    /// Why the fonts cannot be loaded from <paramref name="directory"/>, as the one line a start-up check stops with
    /// (naming <paramref name="setting"/>), or null when they can.
    /// </summary>
    public static string? ProblemWith(string setting, string directory) =>
        MissingIn(directory) is [var missing, ..]
            ? $"{setting}: {missing} is not in {directory}; install Debian's {DebianPackage} or point the setting at a folder with Noto Sans and Noto Sans Arabic (the PDF export needs them)."
            : null;

    /// <summary>Loads the fonts; throws <see cref="FileNotFoundException"/> naming the first missing file (check <see cref="MissingIn"/> at start).</summary>
    public static DocumentFonts Load(string directory)
    {
        if (MissingIn(directory) is [var missing, ..])
        {
            throw new FileNotFoundException($"{missing} is not in {directory}; install Debian's {DebianPackage}.", Path.Combine(directory, missing));
        }
        return new DocumentFonts(FontSet.Load(directory, RegularFiles), FontSet.Load(directory, BoldFiles));
    }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }
}
