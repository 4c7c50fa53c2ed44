using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Krisenstab.Accommodation.Queries;

/// <summary>The read side: free places, occupancy over time, placement suggestions. Open to every role.</summary>
public static class QueryEndpoints
{
    public const int MaxSuggestions = 50;

    public static void MapQueryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/free-places", GetFreePlaces).RequireReadRole();
        api.MapGet("/occupancy", GetOccupancy).RequireReadRole();
        api.MapGet("/placement-suggestions", GetSuggestions).RequireReadRole();
    }

    /// <summary><c>?town=&amp;minFree=&amp;stepFree=&amp;familyRooms=&amp;womenOnly=&amp;includeClosed=</c></summary>
    private static Results<Ok<FreePlacesView>, ProblemHttpResult> GetFreePlaces(
        FacilityDirectory directory, TimeProvider time, IOptions<AccommodationOptions> options,
        string? town, int? minFree, bool? stepFree, bool? familyRooms, bool? womenOnly, bool? includeClosed)
    {
        if (minFree < 0)
        {
            return DomainError.Invalid("minFree", "'minFree' must not be negative.").ToProblem();
        }
        var facilities = directory.Facilities.ToList();
        var filter = new FreePlacesFilter(town, minFree ?? 0, stepFree ?? false, familyRooms ?? false, womenOnly ?? false, includeClosed ?? false);
        var shares = new TownShares(options.Value.Towns, facilities);
        return TypedResults.Ok(FreePlaces.Build(facilities, filter, shares, time.GetUtcNow(), options.Value.StaleAfter));
    }

    /// <summary><c>?facilityId=&amp;town=&amp;from=&amp;to=</c></summary>
    private static Ok<IReadOnlyList<OccupancyPoint>> GetOccupancy(
        FacilityDirectory directory, Guid? facilityId, string? town, DateTimeOffset? from, DateTimeOffset? to) =>
        TypedResults.Ok(OccupancyTimeline.Build(directory.History, new OccupancyFilter(facilityId, town, from, to)));

    /// <summary><c>?size=&amp;needs=step-free&amp;needs=medical&amp;nearTown=&amp;limit=</c></summary>
    private static Results<Ok<IReadOnlyList<PlacementSuggestion>>, ProblemHttpResult> GetSuggestions(
        FacilityDirectory directory, IOptions<AccommodationOptions> options, int size, string[]? needs, string? nearTown, int? limit)
    {
        var (parsedNeeds, badNeed) = WireEnum.ParseAll<HouseholdNeed>(needs, "needs");
        var invalid = badNeed
            ?? (size is <= 0 or > Placements.PlacementCommands.MaxHouseholdSize ? DomainError.Invalid("size", $"'size' must be between 1 and {Placements.PlacementCommands.MaxHouseholdSize}.") : null)
            ?? (limit is <= 0 or > MaxSuggestions ? DomainError.Invalid("limit", $"'limit' must be between 1 and {MaxSuggestions}.") : null);
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }
        var facilities = directory.Facilities.ToList();
        var request = new SuggestionRequest(size, parsedNeeds, nearTown, limit ?? 10);
        return TypedResults.Ok(PlacementSuggestions.Rank(facilities, request, new TownShares(options.Value.Towns, facilities)));
    }
}
