using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Documents.Tests;

public class FontRegistrationTests
{
    [Fact]
    public void A_folder_without_the_fonts_is_refused_in_one_line_naming_the_setting_and_nothing_is_registered()
    {
        var services = new ServiceCollection();

        var problem = services.TryAddDocumentFonts(Settings("/nowhere/fonts"));

        Assert.Equal(
            "Krisenstab:Documents:FontDirectory: NotoSans-Regular.ttf is not in /nowhere/fonts; install Debian's fonts-noto-core or point the setting at a folder with Noto Sans and Noto Sans Arabic (the PDF export needs them).",
            problem);
        Assert.Empty(services);
    }

    [Fact]
    public void Every_module_that_prints_registers_the_fonts_of_the_one_setting_and_the_process_loads_them_once()
    {
        var services = new ServiceCollection();
        var settings = Settings(DocumentFonts.DebianDirectory);

        var problems = new[] { services.TryAddDocumentFonts(settings), services.TryAddDocumentFonts(settings), services.TryAddDocumentFonts(new ConfigurationBuilder().Build()) };
        using var provider = services.BuildServiceProvider();

        Assert.All(problems, Assert.Null);
        Assert.Single(services);
        Assert.Same(provider.GetRequiredService<DocumentFonts>(), provider.GetRequiredService<DocumentFonts>());
    }

    private static IConfiguration Settings(string directory) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DocumentFontsRegistration.Setting] = directory }).Build();
}
