using System.Runtime.CompilerServices;
using System.Text.Json;
using Krisenstab.Contracts;

namespace Krisenstab.Dashboard.Exports;

/// <summary>A line of an export file: its number (from 1) and its JSON, or why it could not be read.</summary>
public sealed record ExportLine(int Number, string? Kind, JsonElement Json);

/// <summary>Reads an export file line by line (never the whole file at once); a line that is no JSON object throws <see cref="ExportFileException"/>.</summary>
public static class ExportFile
{
    public static async IAsyncEnumerable<ExportLine> LinesAsync(Stream file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file, leaveOpen: true);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (text.Length == 0)
            {
                continue;
            }
            yield return Parse(number, text);
        }
    }

    public static ExportHeader ReadHeader(ExportLine line)
    {
        if (line.Kind != CrisisExportFormat.HeaderKind)
        {
            throw new ExportFileException(line.Number, $"the first line must be the header (kind \"{CrisisExportFormat.HeaderKind}\").");
        }
        ExportHeader? header;
        try
        {
            header = line.Json.Deserialize<ExportHeader>(ContractJson.Options);
        }
        catch (JsonException failed)
        {
            throw new ExportFileException(line.Number, $"the header is not readable: {failed.Message}");
        }
        if (header is null || header.Format != CrisisExportFormat.Name || header.Journals is null)
        {
            throw new ExportFileException(line.Number, $"the header does not name the format \"{CrisisExportFormat.Name}\".");
        }
        return header.FormatVersion == CrisisExportFormat.Version
            ? header
            : throw new ExportFileException(line.Number, $"format version {header.FormatVersion} is not known here (this build reads {CrisisExportFormat.Version}).");
    }

    public static ExportEntry ReadEntry(ExportLine line)
    {
        try
        {
            return ExportEntry.Read(line.Json);
        }
        catch (FormatException failed)
        {
            throw new ExportFileException(line.Number, failed.Message);
        }
    }

    private static ExportLine Parse(int number, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var json = document.RootElement.Clone();
            if (json.ValueKind != JsonValueKind.Object)
            {
                throw new ExportFileException(number, "the line is not a JSON object.");
            }
            var kind = json.TryGetProperty("kind", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return new ExportLine(number, kind, json);
        }
        catch (JsonException failed)
        {
            throw new ExportFileException(number, $"the line is not JSON: {failed.Message}");
        }
    }
}

/// <summary>Why an export file is refused, with the line that shows it.</summary>
public sealed class ExportFileException(int line, string reason) : Exception($"Line {line}: {reason}")
{
    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
