using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Krisenstab.Documents;

/// <summary>
/// The one fonts setting of a process: every module that prints a record registers the fonts from it, and a process
/// hosting several of them (embedded) loads them once.
/// </summary>
public static class DocumentFontsRegistration
{
    /// <summary>Where the PDF records find Noto Sans and Noto Sans Arabic; Debian's fonts-noto-core folder by default.</summary>
    public const string Setting = "Krisenstab:Documents:FontDirectory";

    /// <summary>Registers the fonts unless they cannot be loaded; then returns the one line a start-up check stops with.</summary>
    public static string? TryAddDocumentFonts(this IServiceCollection services, IConfiguration configuration)
    {
        var directory = configuration[Setting] ?? DocumentFonts.DebianDirectory;
        if (DocumentFonts.ProblemWith(Setting, directory) is { } problem)
        {
            return problem;
        }
        services.TryAddSingleton(_ => DocumentFonts.Load(directory));
        return null;
    }
}
