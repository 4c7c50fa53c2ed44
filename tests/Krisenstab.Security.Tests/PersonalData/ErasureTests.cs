using System.Net;
using Krisenstab.Contracts;
using Krisenstab.Security.Tests.Support;
using Krisenstab.ServiceDefaults.PersonalData;
using Krisenstab.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Security.Tests.PersonalData;

public sealed class ErasureTests
{
    [Fact]
    public async Task On_sqlite_an_erased_person_reads_as_geloescht_and_their_data_is_in_no_file_or_table()
    {
        var scenario = await ErasureScenario.RunAsync(postgres: null);
        await using var host = scenario.Host;

        AssertAnswers(scenario);
        var rows = await scenario.StoredRowsAsync(postgres: null);
        Assert.Contains(rows, row => row.StartsWith("dashboard.db:", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("volunteers.keys.db:", StringComparison.Ordinal));
        foreach (var plaintext in ErasureScenario.PlaintextOf(scenario.Erased).Concat(ErasureScenario.PlaintextOf(scenario.Kept)))
        {
            Assert.Empty(StoredText.FilesContaining(host.DataDirectory, plaintext));
            Assert.DoesNotContain(rows, row => row.Contains(plaintext, StringComparison.Ordinal));
        }
        Assert.Empty(StoredText.FilesContaining(host.DataDirectory, scenario.ErasedKey));
        Assert.DoesNotContain(rows, row => row.Contains(Convert.ToHexString(scenario.ErasedKey), StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_postgres_an_erased_person_reads_as_geloescht_and_their_data_is_in_no_table()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var scenario = await ErasureScenario.RunAsync(database.ConnectionString);
        await using var host = scenario.Host;

        AssertAnswers(scenario);
        var rows = await scenario.StoredRowsAsync(database.ConnectionString);
        Assert.Contains(rows, row => row.StartsWith("dashboard.", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("volunteers.personal_data_keys:", StringComparison.Ordinal));
        foreach (var plaintext in ErasureScenario.PlaintextOf(scenario.Erased).Concat(ErasureScenario.PlaintextOf(scenario.Kept)))
        {
            Assert.DoesNotContain(rows, row => row.Contains(plaintext, StringComparison.Ordinal));
        }
        Assert.DoesNotContain(rows, row => row.Contains(Convert.ToHexString(scenario.ErasedKey), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task No_personal_data_reaches_the_logs_or_traces_of_a_run_that_registers_reads_and_erases_people()
    {
        var scenario = await ErasureScenario.RunAsync(postgres: null);
        await using var host = scenario.Host;
        var captured = host.Telemetry.Text;

        Assert.Contains("/api/volunteers/volunteers", captured, StringComparison.Ordinal);
        Assert.Contains("activity", captured, StringComparison.Ordinal);
        foreach (var plaintext in ErasureScenario.PlaintextOf(scenario.Erased).Concat(ErasureScenario.PlaintextOf(scenario.Kept)))
        {
            Assert.DoesNotContain(plaintext, captured, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Nothing_new_is_sealed_for_an_erased_subject()
    {
        var scenario = await ErasureScenario.RunAsync(postgres: null);
        await using var host = scenario.Host;
        var vault = host.Services.GetRequiredKeyedService<PersonalDataVault>(VolunteerModule.StoreName);

        await Assert.ThrowsAsync<PersonalDataErasedException>(() => vault.SealAsync(scenario.Before.Subject, "Neu", CancellationToken.None));
    }

    private static void AssertAnswers(ErasureScenario scenario)
    {
        Assert.Equal((scenario.Erased.Name, scenario.Erased.Phone), (scenario.Before.Name, scenario.Before.Phone));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NotFound), scenario.Erasures);
        Assert.Equal(scenario.Before with { Name = PersonalText.Erased, Phone = PersonalText.Erased }, scenario.After);
        Assert.Equal((scenario.Kept.Name, scenario.Kept.Phone, "Kassel", 2), (scenario.KeptAfter.Name, scenario.KeptAfter.Phone, scenario.KeptAfter.Town, scenario.KeptAfter.Languages));
        var audit = Assert.Single(scenario.Audit);
        Assert.Equal((PersonalDataErasure.EventType, "admin", "admin"), (audit.EventType, audit.Metadata.ActorId, audit.Metadata.ActorRole));
        Assert.Contains(scenario.Before.Subject, audit.Data, StringComparison.Ordinal);
    }
}
