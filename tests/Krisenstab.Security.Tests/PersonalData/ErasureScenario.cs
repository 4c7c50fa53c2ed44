using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.Dashboard;
using Krisenstab.EventStore;
using Krisenstab.Security.Tests.Support;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.PersonalData;
using Krisenstab.SituationReports;
using Krisenstab.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Security.Tests.PersonalData;

/// <summary>
/// Two volunteers registered beside a crisis the dashboard journals; the first one's personal data erased by an admin.
/// What each step answered is kept for the tests to check.
/// </summary>
public sealed class ErasureScenario
{
    private ErasureScenario(ModuleHost host) => Host = host;

    public ModuleHost Host { get; }
    public RegisterVolunteer Erased { get; } = VolunteerCalls.Someone("Baunatal", 3);
    public RegisterVolunteer Kept { get; } = VolunteerCalls.Someone("Kassel", 2);
    public VolunteerView Before { get; private set; } = null!;
    public VolunteerView After { get; private set; } = null!;
    public VolunteerView KeptAfter { get; private set; } = null!;
    public byte[] ErasedKey { get; private set; } = [];
    public (HttpStatusCode Staff, HttpStatusCode Admin, HttpStatusCode Again, HttpStatusCode Unknown) Erasures { get; private set; }
    public IReadOnlyList<RecordedEvent> Audit { get; private set; } = [];

    public static async Task<ErasureScenario> RunAsync(string? postgres)
    {
        var scenario = new ErasureScenario(await ModuleHost.StartAsync(postgres, new SituationReportsModule(), new DashboardModule(), new VolunteerModule()));
        await scenario.RunAsync();
        return scenario;
    }

    private async Task RunAsync()
    {
        var staff = await Host.ClientForAsync(Roles.Staff);
        var head = await Host.ClientForAsync(Roles.Head);
        var admin = await Host.ClientForAsync(Roles.Admin);
        using var opened = await head.PostAsJsonAsync("/api/situation/crises", new { name = "Zugang Ost", region = "Landkreis Kassel" }, GatewayApp.Json);
        var crisis = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var erased = await staff.RegisterAsync(Erased);
        var kept = await staff.RegisterAsync(Kept);
        Before = await (await Host.ClientForAsync(Roles.Analyst)).GetVolunteerAsync(erased.Id);
        var keys = Host.Services.GetRequiredKeyedService<IPersonalKeyStore>(VolunteerModule.StoreName);
        ErasedKey = (await keys.FindAsync([erased.Subject], CancellationToken.None))[erased.Subject];
        Assert.Equal(32, ErasedKey.Length);

        Erasures = (await staff.EraseAsync(erased.Subject), await admin.EraseAsync(erased.Subject), await admin.EraseAsync(erased.Subject),
            await admin.EraseAsync(PersonalSubject.For(Volunteer.Category, Guid.NewGuid())));

        After = await staff.GetVolunteerAsync(erased.Id);
        KeptAfter = await staff.GetVolunteerAsync(kept.Id);
        var store = Host.Services.GetRequiredKeyedService<IEventStore>(VolunteerModule.StoreName);
        Audit = await store.ReadStreamAsync(StreamName.For(PersonalDataErasure.StreamCategory, erased.Subject));
        // The dashboard has journalled the crisis, so its journal tables hold rows to search too.
        await Eventually.TrueAsync(async () =>
        {
            using var journal = await head.GetAsync(new Uri($"/api/dashboard/crises/{crisis}/journal", UriKind.Relative));
            return journal.StatusCode == HttpStatusCode.OK;
        }, "the dashboard's journal written");
    }

    /// <summary>Every row of every table of every store of the host, as text.</summary>
    public Task<IReadOnlyList<string>> StoredRowsAsync(string? postgres) =>
        postgres is null ? StoredText.SqliteRowsAsync(Host.DataDirectory) : StoredText.PostgresRowsAsync(postgres);

    public static IEnumerable<string> PlaintextOf(RegisterVolunteer volunteer) => [volunteer.Name, volunteer.Phone];
}
