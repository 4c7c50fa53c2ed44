using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.PersonalData;
using Krisenstab.Staffing.Deployments;
using Krisenstab.Staffing.Members;
using Krisenstab.Staffing.Queries;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Staffing;

/// <summary>
/// Personalpool (S1): who can be redeployed, with which skills and languages, where they are and when they go back.
/// Streams: <c>member-{id}</c> (profile, public events), <c>request-{id}</c> (a deployment request and its
/// assignments, public events), and two private ledgers written in the same atomic append as the request:
/// <c>booking-{memberId}</c> (never two overlapping deployments) and <c>department-{name}</c> (the share cap).
/// Routes under <c>/api/staffing</c>; settings under <c>Krisenstab:Staffing</c>. It consumes no other service's events.
/// </summary>
public sealed class StaffingModule : IServiceModule
{
    public const string StoreName = "staffing";

    public string Name => StoreName;

    public void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StaffingOptions>()
            .Bind(builder.Configuration.GetSection(StaffingOptions.Section))
            .Validate(o => o.MaxDepartmentShare is > 0 and <= 1, "Krisenstab:Staffing:MaxDepartmentShare must be more than 0 and at most 1 (e.g. 0.5).")
            .ValidateOnStart();
        services.AddAggregate(StoreName, PoolMember.Category, PoolMember.None, (member, @event) => member.Apply(@event));
        services.AddAggregate(StoreName, DeploymentRequest.Category, DeploymentRequest.None, (request, @event) => request.Apply(@event));
        services.AddAggregate(StoreName, MemberBookings.Category, MemberBookings.None, (booked, @event) => booked.Apply(@event), PrivateEvents.Map);
        services.AddAggregate(StoreName, Department.Category, Department.None, (department, @event) => department.Apply(@event), PrivateEvents.Map);
        services.AddPersonalData(StoreName);
        services.AddSingleton<MemberRegistration>();
        services.AddSingleton<MemberPresenter>();
        services.AddSingleton<VolunteerAccounts>();
        services.AddSingleton<Deployments.Deployments>();
        services.AddSingleton<StaffingDirectory>();
        services.AddInMemoryProjection<StaffingDirectory>(StoreName, "staffing-directory", (directory, @event, _) => directory.Apply(@event));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapStaffingApi();
}
