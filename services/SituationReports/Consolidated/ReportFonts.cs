using PdfSharp.Fonts;

namespace Krisenstab.SituationReports.Consolidated;

/// <summary>
/// PDFsharp 6 finds no fonts by itself on Linux: this resolver serves Debian's DejaVu Sans (package fonts-dejavu-core)
/// from the configured folder. PDFsharp's resolver is process-wide and fixed at first use, so it is set once per process.
/// </summary>
public sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string RegularFile = "DejaVuSans.ttf";
    public const string BoldFile = "DejaVuSans-Bold.ttf";

    private static readonly Lock Gate = new();
    private readonly string _directory;

    private ReportFonts(string directory) => _directory = directory;

    /// <summary>The font files that are missing from <paramref name="directory"/> (none: the export can work).</summary>
    public static IReadOnlyList<string> MissingIn(string directory) =>
        [.. new[] { RegularFile, BoldFile }.Where(file => !File.Exists(Path.Combine(directory, file)))];

    public static void Install(string directory)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new ReportFonts(directory);
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFile : RegularFile);

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(_directory, faceName));
}
