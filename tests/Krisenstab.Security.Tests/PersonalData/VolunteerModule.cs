using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.ServiceDefaults.PersonalData;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Security.Tests.PersonalData;

/// <summary>
/// A minimal module with personal data, shaped like the coming staff pool: a volunteer's name and phone are personal
/// fields (<see cref="PersonalText"/>), the town and the number of languages are not.
/// </summary>
public sealed class VolunteerModule : IServiceModule
{
    public const string StoreName = "volunteers";
    public const string Prefix = "/api/volunteers";

    public string Name => StoreName;

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddAggregate(StoreName, Volunteer.Category, Volunteer.None, (v, e) => v.Apply(e), EventTypeMap.FromTypes(typeof(VolunteerRegistered)));
        builder.Services.AddPersonalData(StoreName);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix);
        api.MapPost("/volunteers", RegisterAsync).RequireRoles(Roles.Staff, Roles.Admin);
        api.MapGet("/volunteers/{id:guid}", GetAsync).RequireRoles(Roles.All);
        api.MapPersonalDataErasure(StoreName);
    }

    private static async Task<Results<Created<VolunteerView>, ProblemHttpResult>> RegisterAsync(
        RegisterVolunteer request, HttpContext http, CommandRunner<Volunteer> volunteers, [FromKeyedServices(StoreName)] PersonalDataVault vault,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrWhiteSpace(request.Phone))
        {
            return DomainError.Invalid("name", "'name' and 'phone' must not be empty.").ToProblem();
        }
        var id = Guid.CreateVersion7();
        var subject = PersonalSubject.For(Volunteer.Category, id);
        var registered = new VolunteerRegistered(
            id, await vault.SealAsync(subject, request.Name, cancellationToken), await vault.SealAsync(subject, request.Phone, cancellationToken), request.Town, request.Languages);
        var outcome = await volunteers.RunAsync(volunteers.Store.StreamOf(id), (_, _) => Decision.Accept(registered), CommandMetadata.For(http, time), cancellationToken);
        return TypedResults.Created($"{Prefix}/volunteers/{id}", await VolunteerView.RevealAsync(outcome.State, vault, cancellationToken));
    }

    private static async Task<Results<Ok<VolunteerView>, ProblemHttpResult>> GetAsync(
        Guid id, AggregateStore<Volunteer> volunteers, [FromKeyedServices(StoreName)] PersonalDataVault vault, CancellationToken cancellationToken)
    {
        var loaded = await volunteers.LoadAsync(id, cancellationToken);
        return loaded.State == Volunteer.None
            ? DomainError.NotFound("volunteer", $"There is no volunteer {id}.").ToProblem()
            : TypedResults.Ok(await VolunteerView.RevealAsync(loaded.State, vault, cancellationToken));
    }
}

public sealed record RegisterVolunteer(string Name, string Phone, string Town, int Languages);

[EventName("volunteers.volunteer-registered.v1")]
public sealed record VolunteerRegistered(Guid VolunteerId, PersonalText Name, PersonalText Phone, string Town, int Languages);

public sealed record Volunteer(Guid Id, PersonalText? Name, PersonalText? Phone, string Town, int Languages)
{
    public const string Category = "volunteer";

    public static Volunteer None { get; } = new(Guid.Empty, null, null, "", 0);

    public Volunteer Apply(object @event) => @event is VolunteerRegistered e ? new Volunteer(e.VolunteerId, e.Name, e.Phone, e.Town, e.Languages) : this;
}

/// <summary>The plaintext appears only here, in the answer.</summary>
public sealed record VolunteerView(Guid Id, string Subject, string Name, string Phone, string Town, int Languages)
{
    public static async Task<VolunteerView> RevealAsync(Volunteer volunteer, PersonalDataVault vault, CancellationToken cancellationToken)
    {
        var revealed = await vault.RevealAsync([volunteer.Name, volunteer.Phone], cancellationToken);
        return new VolunteerView(volunteer.Id, volunteer.Name!.Subject, revealed[0]!, revealed[1]!, volunteer.Town, volunteer.Languages);
    }
}
