namespace Krisenstab.Documents.Tests;

public class ConcurrencyTests
{
    [Fact]
    public async Task Records_printed_at_once_with_the_shared_fonts_are_the_same_as_one_printed_alone()
    {
        var record = Records.With(
            new RecordParagraph("وصل 25 شخصا إلى Kassel اليوم"),
            new RecordTable([new("Nr."), new("Text", 5)], [.. Enumerable.Range(1, 80).Select(n => (IReadOnlyList<string>)[$"{n}", $"Прибули {n} осіб · سلام، به شهر خوش آمدید"])]));
        var alone = RecordPdf.Render(record, Records.Fonts);

        var together = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => RecordPdf.Render(record, Records.Fonts))));

        Assert.All(together, pdf => Assert.Equal(alone, pdf));
    }
}
