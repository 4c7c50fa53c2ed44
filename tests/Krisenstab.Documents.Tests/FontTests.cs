namespace Krisenstab.Documents.Tests;

public class FontTests
{
    [Fact]
    public void A_folder_without_the_fonts_names_each_missing_file_and_cannot_be_loaded()
    {
        var folder = Directory.CreateTempSubdirectory("fonts-").FullName;
        File.Copy(Path.Combine(DocumentFonts.DebianDirectory, "NotoSans-Regular.ttf"), Path.Combine(folder, "NotoSans-Regular.ttf"));

        Assert.Equal(["NotoSansArabic-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Bold.ttf"], DocumentFonts.MissingIn(folder));
        var refused = Assert.Throws<FileNotFoundException>(() => DocumentFonts.Load(folder));
        Assert.Equal($"NotoSansArabic-Regular.ttf is not in {folder}; install Debian's fonts-noto-core.", refused.Message);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_debian_folder_has_every_font()
    {
        Assert.Empty(DocumentFonts.MissingIn(DocumentFonts.DebianDirectory));
    }
}
