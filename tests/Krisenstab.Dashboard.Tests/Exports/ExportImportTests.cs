using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Dashboard.Exports;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Microsoft.Extensions.Configuration;

namespace Krisenstab.Dashboard.Tests.Exports;

public class ExportImportTests
{
    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task An_imported_crisis_has_the_same_picture_and_journals_and_its_chain_verifies(string engine)
    {
        await using var source = await EngineApp.StartAsync(engine);
        var id = await ExportCalls.SettledCrisisAsync(source.App);
        var sourceAnalyst = await source.App.ClientForAsync(Roles.Analyst);
        using var noted = await sourceAnalyst.PostAsJsonAsync($"/api/dashboard/crises/{id}/notes", new { moment = DateTimeOffset.UtcNow.AddMinutes(-1), category = "too-late", text = "Busse zu spät bestellt" });
        await noted.ExpectJsonAsync(HttpStatusCode.Created);
        var file = await sourceAnalyst.ExportAsync(id);
        Assert.Contains("\"kind\":\"note\"", file.Split('\n')[^2], StringComparison.Ordinal);
        var sourcePicture = await sourceAnalyst.TextAsync($"/api/dashboard/crises/{id}/picture");

        await using var target = await EngineApp.StartAsync(engine);
        var admin = await target.App.ClientForAsync(Roles.Admin);
        using var imported = await admin.ImportAsync(file);
        var result = await imported.ExpectJsonAsync(HttpStatusCode.Created);

        Assert.Equal(id, result.GetProperty("crisisId").GetGuid());
        var targetAnalyst = await target.App.ClientForAsync(Roles.Analyst);
        var targetPicture = await Eventually.ReturnsAsync(
            async () => await targetAnalyst.TryGetJsonAsync($"/api/dashboard/crises/{id}/picture") is null ? null : await targetAnalyst.TextAsync($"/api/dashboard/crises/{id}/picture"),
            picture => picture == sourcePicture, "the imported picture equal to the source's");
        Assert.Equal(sourcePicture, targetPicture);
        foreach (var journal in new[] { $"/api/dashboard/crises/{id}/journal", "/api/dashboard/accommodation/journal" })
        {
            Assert.Equal(await sourceAnalyst.TextAsync(journal), await targetAnalyst.TextAsync(journal));
            var (before, after) = (await VerificationAsync(sourceAnalyst, journal), await VerificationAsync(targetAnalyst, journal));
            Assert.True(after.GetProperty("intact").GetBoolean(), journal);
            Assert.Equal(before.GetProperty("anchor").GetString(), after.GetProperty("anchor").GetString());
        }
        Assert.Equal(await sourceAnalyst.TextAsync($"/api/dashboard/crises/{id}/notes"), await targetAnalyst.TextAsync($"/api/dashboard/crises/{id}/notes"));
        Assert.Contains("lesson,", await targetAnalyst.TextAsync($"/api/dashboard/crises/{id}/analysis.csv"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task A_file_with_one_line_altered_is_refused_naming_the_line_and_nothing_is_stored(string engine)
    {
        await using var source = await EngineApp.StartAsync(engine);
        var id = await ExportCalls.SettledCrisisAsync(source.App);
        var lines = (await (await source.App.ClientForAsync(Roles.Analyst)).ExportAsync(id)).Split('\n');
        var escalation = Array.FindIndex(lines, l => l.Contains("crisis-escalated", StringComparison.Ordinal));
        lines[escalation] = lines[escalation].Replace("\"level\":2", "\"level\":4", StringComparison.Ordinal);
        Assert.Contains("\"level\":4", lines[escalation], StringComparison.Ordinal);

        await using var target = await EngineApp.StartAsync(engine);
        using var refused = await (await target.App.ClientForAsync(Roles.Admin)).ImportAsync(string.Join('\n', lines));

        var problem = await refused.ExpectJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("export-not-verified", problem.GetProperty("code").GetString());
        Assert.StartsWith($"Line {escalation + 1}:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("changed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var store = target.App.KeyedService<IEventStore>(DashboardModule.StoreName);
        Assert.Empty(await store.ReadAllAsync(0, 100));
    }

    [Fact]
    public async Task A_crisis_already_here_is_refused_and_a_missing_entry_is_named()
    {
        await using var app = new GatewayApp();
        var id = await ExportCalls.SettledCrisisAsync(app);
        var file = await (await app.ClientForAsync(Roles.Analyst)).ExportAsync(id);
        var admin = await app.ClientForAsync(Roles.Admin);

        using var twice = await admin.ImportAsync(file);
        Assert.Equal("crisis-exists", (await twice.ExpectJsonAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        await using var fresh = new GatewayApp();
        var lines = file.TrimEnd('\n').Split('\n').ToList();
        lines.RemoveAt(lines.Count - 1);
        using var shortened = await (await fresh.ClientForAsync(Roles.Admin)).ImportAsync(string.Join('\n', lines));
        var detail = (await shortened.ExpectJsonAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString();
        Assert.Contains("not at the header's anchor", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_is_for_analysts_heads_and_admins_import_for_admins_and_bad_files_are_named()
    {
        await using var app = new GatewayApp();
        var id = await ExportCalls.SettledCrisisAsync(app);
        var url = new Uri($"/api/dashboard/crises/{id}/export.ndjson", UriKind.Relative);

        foreach (var role in new[] { Roles.Staff, Roles.Press })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(role)).GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(Roles.Head)).GetAsync(url)).StatusCode);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync(new Uri($"/api/dashboard/crises/{Guid.CreateVersion7()}/export.ndjson", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.ImportAsync(await analyst.ExportAsync(id))).StatusCode);

        var admin = await app.ClientForAsync(Roles.Admin);
        Assert.Equal("file", (await (await admin.ImportAsync("")).ExpectJsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Single().Name);
        var notJson = (await (await admin.ImportAsync("{\"kind\":\"header\"}\nkein JSON")).ExpectJsonAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString();
        Assert.StartsWith("Line 1:", notJson, StringComparison.Ordinal);
        var badLine = (await (await admin.ImportAsync((await analyst.ExportAsync(id)).Split('\n')[0] + "\nkein JSON")).ExpectJsonAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString();
        Assert.StartsWith("Line 2: the line is not JSON", badLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_verb_imports_a_file_into_the_store_the_configuration_names()
    {
        string file;
        Guid id;
        await using (var source = new GatewayApp())
        {
            id = await ExportCalls.SettledCrisisAsync(source);
            file = await (await source.ClientForAsync(Roles.Analyst)).ExportAsync(id);
        }
        var path = Path.Combine(Path.GetTempPath(), $"export-{id:N}.ndjson");
        await File.WriteAllTextAsync(path, file);
        var target = GatewayApp.BeforeRestart();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [EventStoreSettings.DataDirectoryKey] = target.DataDirectory })
            .Build();
        using var output = new StringWriter();

        var exitCode = await ImportCrisisVerb.RunAsync([path], configuration, output);
        File.Delete(path);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains($"crisis {id} (Export Süd) imported", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await ImportCrisisVerb.RunAsync(["no-such-file.ndjson"], configuration, new StringWriter()));
        await target.DisposeAsync();
        await using var started = target.Restarted();
        var analyst = await started.ClientForAsync(Roles.Analyst);
        await Eventually.TrueAsync(async () => (await analyst.TryGetJsonAsync($"/api/dashboard/crises/{id}/picture"))?.GetProperty("journalLength").GetInt64() == 5, "the imported picture");
        Assert.True((await VerificationAsync(analyst, $"/api/dashboard/crises/{id}/journal")).GetProperty("intact").GetBoolean());
    }

    private static async Task<JsonElement> VerificationAsync(HttpClient client, string journal) =>
        JsonDocument.Parse(await client.TextAsync(journal + "/verify")).RootElement.Clone();
}
