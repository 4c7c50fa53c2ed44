using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Exports;

/// <summary>
/// An <c>entry</c> line: a journal row exactly as stored (its journal, place, id, stored type, metadata and data — the
/// data as the stored JSON text itself) and the hash of its chain link (null when the source held no link for it).
/// </summary>
public sealed record ExportEntry(string Journal, long Version, Guid EventId, string EventType, string Data, EventMetadata Metadata, string? Hash)
{
    public static ExportEntry From(LinkedRow row) =>
        new(row.Entry.Stream, row.Entry.StreamVersion, row.Entry.EventId, row.Entry.EventType, row.Entry.Data, row.Entry.Metadata, row.Link?.Hash);

    /// <summary>The hash the entry must have after <paramref name="previous"/> (<see cref="JournalChain"/>).</summary>
    public string ChainedHash(string previous) => JournalChain.Hash(previous, Journal, Version, EventId, EventType, Data, Metadata);

    /// <summary>The row to store, with the event's own id and metadata.</summary>
    public EventData ToEventData() => new(EventId, EventType, Data, Metadata);

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("kind", CrisisExportFormat.EntryKind);
        json.WriteString("journal", Journal);
        json.WriteNumber("version", Version);
        json.WriteString("eventId", EventId);
        json.WriteString("eventType", EventType);
        json.WriteString("occurredAt", Metadata.OccurredAt);
        WriteIfAny(json, "crisisId", Metadata.CrisisId);
        WriteIfAny(json, "actorId", Metadata.ActorId);
        WriteIfAny(json, "actorRole", Metadata.ActorRole);
        WriteIfAny(json, "correlationId", Metadata.CorrelationId);
        WriteIfAny(json, "causationId", Metadata.CausationId);
        WriteIfAny(json, "traceParent", Metadata.TraceParent);
        json.WritePropertyName("data");
        // The stored text itself (not re-serialised), so that the hash over it can be checked from the file.
        json.WriteRawValue(Data, skipInputValidation: true);
        WriteIfAny(json, "hash", Hash);
        json.WriteEndObject();
    }

    /// <summary>The entry of a parsed <c>entry</c> line; throws <see cref="FormatException"/> naming what is missing or wrong.</summary>
    public static ExportEntry Read(JsonElement line) => new(
        Text(line, "journal") ?? throw Missing("journal"),
        line.TryGetProperty("version", out var version) && version.TryGetInt64(out var place) && place >= 0 ? place : throw Missing("version"),
        Id(line, "eventId") ?? throw Missing("eventId"),
        Text(line, "eventType") ?? throw Missing("eventType"),
        line.TryGetProperty("data", out var data) ? data.GetRawText() : throw Missing("data"),
        new EventMetadata
        {
            OccurredAt = line.TryGetProperty("occurredAt", out var at) && at.ValueKind == JsonValueKind.String && at.TryGetDateTimeOffset(out var time)
                ? time
                : throw Missing("occurredAt"),
            CrisisId = Id(line, "crisisId"),
            ActorId = Text(line, "actorId"),
            ActorRole = Text(line, "actorRole"),
            CorrelationId = Id(line, "correlationId"),
            CausationId = Id(line, "causationId"),
            TraceParent = Text(line, "traceParent"),
        },
        Text(line, "hash"));

    private static string? Text(JsonElement line, string name) =>
        !line.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new FormatException($"'{name}' must be a string.");

    private static Guid? Id(JsonElement line, string name) =>
        Text(line, name) is not { } text ? null
        : Guid.TryParse(text, out var id) ? id
        : throw new FormatException($"'{name}' must be a uuid.");

    private static FormatException Missing(string name) => new($"'{name}' is missing or not readable.");

    private static void WriteIfAny(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteIfAny(Utf8JsonWriter json, string name, Guid? value)
    {
        if (value is { } id)
        {
            json.WriteString(name, id);
        }
    }
}
