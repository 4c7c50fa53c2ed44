using Krisenstab.Documents.Text;

namespace Krisenstab.Documents.Layout;

/// <summary>Lays a record out on pages: the title page, then each section's heading, paragraphs and tables.</summary>
internal static class RecordLayout
{
    public static IReadOnlyList<IReadOnlyList<PageItem>> Pages(RecordDocument document, DocumentFonts fonts)
    {
        var flow = new PageFlow();
        TitlePage(flow, document, fonts);
        if (document.TitlePageAlone && document.Sections.Count > 0)
        {
            flow.NewPage();
        }
        foreach (var section in document.Sections)
        {
            Section(flow, section, fonts);
        }
        return flow.Pages;
    }

    private static void TitlePage(PageFlow flow, RecordDocument document, DocumentFonts fonts)
    {
        if (document.TitlePageAlone)
        {
            flow.Skip(PageStyle.Height / 5);
        }
        flow.Lines(Wrap(document.Title, fonts.Bold, PageStyle.TitleSize));
        flow.Skip(PageStyle.ParagraphGap);
        foreach (var line in document.Subtitle)
        {
            flow.Lines(Wrap(line, fonts.Regular, PageStyle.SubtitleSize));
        }
        Field(flow, document.PeriodLabel, document.Period, fonts);
        Field(flow, document.AnchorLabel, document.Anchor, fonts);
    }

    private static void Field(PageFlow flow, string label, string? value, DocumentFonts fonts)
    {
        if (value is null)
        {
            return;
        }
        flow.Skip(PageStyle.HeadingGap);
        flow.Lines(Wrap(label, fonts.Bold, PageStyle.BodySize));
        flow.Lines(Wrap(value, fonts.Regular, PageStyle.BodySize));
    }

    private static void Section(PageFlow flow, RecordSection section, DocumentFonts fonts)
    {
        var heading = Wrap(section.Heading, fonts.Bold, PageStyle.HeadingSize);
        // A heading is kept with the first lines below it.
        flow.Reserve(PageStyle.HeadingGap + (heading.Count * PageStyle.LineHeight(PageStyle.HeadingSize)) + (3 * PageStyle.LineHeight(PageStyle.BodySize)));
        flow.Skip(PageStyle.HeadingGap);
        flow.Lines(heading);
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case RecordParagraph paragraph:
                    flow.Lines(Wrap(paragraph.Text, fonts.Regular, PageStyle.BodySize));
                    flow.Skip(PageStyle.ParagraphGap);
                    break;
                case RecordTable table:
                    TableLayout.Place(flow, table, fonts);
                    flow.Skip(PageStyle.ParagraphGap);
                    break;
                default:
                    throw new NotSupportedException($"A {block.GetType().Name} cannot be laid out.");
            }
        }
    }

    private static List<ShapedLine> Wrap(string text, FontSet fonts, float size) => LineBreaker.WrapText(text, fonts, size, PageStyle.ContentWidth);
}
