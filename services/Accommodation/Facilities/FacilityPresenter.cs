using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>Turns facilities and command outcomes into HTTP answers, with freshness judged on the current time.</summary>
public sealed class FacilityPresenter(TimeProvider time, IOptions<AccommodationOptions> options)
{
    public FacilityDetails Details(Facility facility) => FacilityDetails.From(facility, time.GetUtcNow(), options.Value.StaleAfter);

    /// <summary>200 with the facility afterwards, or the refusal as a problem detail.</summary>
    public Results<Ok<FacilityDetails>, ProblemHttpResult> Ok(CommandResult<Facility> outcome) =>
        outcome.Error is { } error ? error.ToProblem() : TypedResults.Ok(Details(outcome.State));

    /// <summary>201 at <paramref name="location"/> with <paramref name="body"/>, or the refusal as a problem detail.</summary>
    public static Results<Created<T>, ProblemHttpResult> Created<T>(CommandResult<Facility> outcome, string location, Func<T> body) =>
        outcome.Error is { } error ? error.ToProblem() : TypedResults.Created(location, body());
}
