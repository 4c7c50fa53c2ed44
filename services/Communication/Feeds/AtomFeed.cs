using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Krisenstab.Communication.Board;
using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;

namespace Krisenstab.Communication.Feeds;

/// <summary>
/// The Atom feed of one audience in one language: only that language's titles and texts, <c>xml:lang</c> on the feed
/// and every entry, each text as XHTML with <c>dir="rtl"</c> or <c>"ltr"</c>; corrections and retractions marked as categories, and in
/// the German feed a retraction's reason as the entry's summary.
/// </summary>
public static class AtomFeed
{
    public const string MediaType = "application/atom+xml";
    public const string CorrectionTerm = "correction";
    public const string RetractedTerm = "retracted";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";
    private const string GermanFeed = "de";

    public static string Write(Audience audience, string language, IReadOnlyList<MessageSummary> messages, Uri self, DateTimeOffset now)
    {
        var feed = new SyndicationFeed
        {
            Id = $"urn:krisenstab:communication:{Wire(audience)}:{language}",
            Title = new TextSyndicationContent($"Krisenstab · {Wire(audience)} · {language}"),
            Language = language,
            LastUpdatedTime = messages.Select(m => m.Published!.RetractedAt ?? m.Published.PublishedAt).DefaultIfEmpty(now).Max(),
            Items = [.. messages.Select(m => Entry(m, language))],
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, MediaType));
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static SyndicationItem Entry(MessageSummary message, string language)
    {
        var published = message.Published!;
        var text = published.In(language)!;
        var item = new SyndicationItem
        {
            Id = $"urn:krisenstab:message:{message.Id}:{published.Version}",
            Title = new TextSyndicationContent(text.Title),
            PublishDate = published.PublishedAt,
            LastUpdatedTime = published.RetractedAt ?? published.PublishedAt,
            Content = new XmlSyndicationContent("xhtml", new SyndicationElementExtension(Body(text).CreateReader())),
        };
        item.AttributeExtensions.Add(new XmlQualifiedName("lang", "http://www.w3.org/XML/1998/namespace"), text.Language);
        if (published.CorrectionNote is not null)
        {
            item.Categories.Add(new SyndicationCategory(CorrectionTerm));
        }
        if (published.RetractionReason is { } reason)
        {
            item.Categories.Add(new SyndicationCategory(RetractedTerm));
            if (language == GermanFeed)
            {
                // The reason is written in German only: each feed carries exactly its own language.
                item.Summary = new TextSyndicationContent($"Zurückgezogen: {reason}");
            }
        }
        return item;
    }

    private static XElement Body(MessageText text) =>
        new(XName.Get("div", Xhtml), new XAttribute("dir", LanguageTag.IsRightToLeft(text.Language) ? "rtl" : "ltr"), new XAttribute("lang", text.Language), text.Text);

    public static string Wire(Audience audience) => audience.ToString().ToLowerInvariant();
}
