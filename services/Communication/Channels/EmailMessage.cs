using System.Net;
using Krisenstab.Communication.Messages;
using Krisenstab.Contracts.Communication;
using MimeKit;

namespace Krisenstab.Communication.Channels;

/// <summary>The mail for one recipient: one language, plain text and HTML, right-to-left languages marked <c>dir="rtl"</c>.</summary>
public static class EmailMessage
{
    public static MimeMessage Of(MailboxAddress from, MailboxAddress to, Message message, MessageVersion version, MessageText text)
    {
        var direction = LanguageTag.IsRightToLeft(text.Language) ? "rtl" : "ltr";
        var body = new BodyBuilder
        {
            TextBody = text.Text,
            HtmlBody = $"<!DOCTYPE html><html lang=\"{text.Language}\" dir=\"{direction}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(text.Title)}</title></head>"
                + $"<body><p style=\"white-space:pre-wrap\">{WebUtility.HtmlEncode(text.Text)}</p></body></html>",
        };
        var mail = new MimeMessage { Subject = text.Title, Body = body.ToMessageBody() };
        mail.From.Add(from);
        mail.To.Add(to);
        mail.Headers.Add("Content-Language", text.Language);
        mail.Headers.Add("X-Krisenstab-Message", $"{message.Id}/{version.Number}");
        return mail;
    }
}
