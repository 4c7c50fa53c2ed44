namespace Krisenstab.Documents;

/// <summary>
/// A record to print: a title page (title, subtitle lines, period, chain anchor) and then its sections. Every text may
/// hold any script the fonts cover; each paragraph and each table cell finds its own direction (see the README).
/// </summary>
/// <param name="Title">The record's title, e.g. "Einsatztagebuch – Hochwasser Musterstadt"; also the PDF's title.</param>
/// <param name="Subtitle">Lines under the title (unit, author, state of the record).</param>
/// <param name="Period">The period the record covers, already written out (e.g. "01.03.2022 08:00 – 31.05.2022 18:00 UTC"); null: none.</param>
/// <param name="Anchor">The hash chain's anchor the record was made from; null: none.</param>
/// <param name="Sections">The body, in order.</param>
public sealed record RecordDocument(
    string Title,
    IReadOnlyList<string> Subtitle,
    string? Period,
    string? Anchor,
    IReadOnlyList<RecordSection> Sections)
{
    /// <summary>True (the default): the title page stands alone and the sections start on page 2; false: they follow the title on page 1.</summary>
    public bool TitlePageAlone { get; init; } = true;

    /// <summary>Label of <see cref="Period"/> on the title page.</summary>
    public string PeriodLabel { get; init; } = "Zeitraum";

    /// <summary>Label of <see cref="Anchor"/> on the title page.</summary>
    public string AnchorLabel { get; init; } = "Kettenanker";
}

/// <summary>A section: a heading and its blocks (paragraphs and tables).</summary>
public sealed record RecordSection(string Heading, IReadOnlyList<RecordBlock> Blocks);

/// <summary>A block of a section.</summary>
public abstract record RecordBlock;

/// <summary>Text wrapped to the page width; a line break in the text starts a new paragraph.</summary>
public sealed record RecordParagraph(string Text) : RecordBlock;

/// <summary>A table: column headers and rows of cells (one text per column; a short row ends in empty cells, a row with more cells than columns is refused). A long table continues on the next page with its header repeated.</summary>
public sealed record RecordTable(IReadOnlyList<RecordColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : RecordBlock;

/// <summary>A table column: its header and its share of the table's width (weights are relative to each other).</summary>
public sealed record RecordColumn(string Header, float Weight = 1);
