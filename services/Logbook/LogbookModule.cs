using Krisenstab.Documents;
using Krisenstab.Logbook.MessageLog;
using Krisenstab.Logbook.StaffLog;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.PersonalData;
using Krisenstab.ServiceDefaults.Startup;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Logbook;

/// <summary>
/// Einsatztagebuch and Ein- und Ausgangsnachweisung: per crisis, the staff log written by its one named keeper
/// (<c>stafflog-{crisisId}</c>) and the message log of every incoming and outgoing message (<c>messagelog-{crisisId}</c>).
/// Every event is public (<c>logbook.*.v1</c>); the dashboard journals them into the crisis journal, where the staff log
/// is read together with every other service's entries. Routes under <c>/api/logbook</c> (see <see cref="LogbookApi"/>).
/// </summary>
public sealed class LogbookModule : IServiceModule
{
    /// <summary>The module's name: route prefix, store key and bus endpoint prefix.</summary>
    public const string StoreName = "logbook";

    public string Name => StoreName;

    public void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAggregate(StoreName, StaffLogRuns.Category, StaffLogState.None, (log, @event) => log.Apply(@event));
        services.AddAggregate(StoreName, MessageLogRuns.Category, MessageLogState.None, (log, @event) => log.Apply(@event));
        services.AddPersonalData(StoreName);
        if (services.TryAddDocumentFonts(builder.Configuration) is { } missingFonts)
        {
            throw new StartupConfigurationException(missingFonts);
        }
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapLogbookApi();
}
