using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Krisenstab.Contracts;

namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// The hash chain over a journal: each entry's hash is SHA-256 (lower-case hex) of its canonical form, which includes
/// the previous entry's hash, so changing, removing or reordering any stored entry breaks every later link.
/// <para>
/// The canonical form (version 1) is UTF-8 text, one field per line, each line ending in <c>\n</c>, in this order:
/// <code>
/// krisenstab-journal-v1
/// previous:{hash of the previous entry; 64 zeros for the first}
/// journal:{byte count}:{journal stream name}
/// version:{the entry's place in the journal, from 0}
/// eventId:{uuid, lower case, with dashes}
/// eventType:{byte count}:{stored type, e.g. journal:situation.crisis-opened.v1}
/// occurredAt:{UTC, yyyy-MM-ddTHH:mm:ss.fffffffZ}
/// crisisId|correlationId|causationId:{uuid} — or {name}:- when absent
/// actorId|actorRole|traceParent:{byte count}:{text} — or {name}:- when absent
/// data:{byte count}:{the event's JSON exactly as stored}
/// </code>
/// (metadata fields in the order crisisId, actorId, actorRole, correlationId, causationId, traceParent). Byte counts
/// are of the UTF-8 value, so no value can imitate a field boundary.
/// </para>
/// </summary>
public static class JournalChain
{
    public const string FormatName = "krisenstab-journal-v1";

    public static string Genesis { get; } = new('0', 64);

    public static string Hash(string previous, string journal, long version, Guid eventId, string eventType, string data, EventMetadata metadata) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalForm(previous, journal, version, eventId, eventType, data, metadata))));

    public static string CanonicalForm(string previous, string journal, long version, Guid eventId, string eventType, string data, EventMetadata metadata)
    {
        var text = new StringBuilder(data.Length + 512);
        text.Append(FormatName).Append('\n');
        text.Append("previous:").Append(previous).Append('\n');
        Counted(text, "journal", journal);
        text.Append("version:").Append(version.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("eventId:").Append(eventId.ToString("D")).Append('\n');
        Counted(text, "eventType", eventType);
        text.Append("occurredAt:").Append(metadata.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)).Append('\n');
        Id(text, "crisisId", metadata.CrisisId);
        Counted(text, "actorId", metadata.ActorId);
        Counted(text, "actorRole", metadata.ActorRole);
        Id(text, "correlationId", metadata.CorrelationId);
        Id(text, "causationId", metadata.CausationId);
        Counted(text, "traceParent", metadata.TraceParent);
        Counted(text, "data", data);
        return text.ToString();
    }

    private static void Id(StringBuilder text, string name, Guid? value) =>
        text.Append(name).Append(':').Append(value is { } id ? id.ToString("D") : "-").Append('\n');

    private static void Counted(StringBuilder text, string name, string? value)
    {
        text.Append(name).Append(':');
        if (value is null)
        {
            text.Append('-');
        }
        else
        {
            text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }
        text.Append('\n');
    }
}
