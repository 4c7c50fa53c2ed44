using System.Collections.Immutable;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Staffing;

namespace Krisenstab.Staffing.Members;

/// <summary>A pool member as its stream (<c>member-{id}</c>) tells it. Name, phone and e-mail stay sealed here.</summary>
public sealed record PoolMember
{
    public const string Category = "member";
    public const string SubjectKind = "member";

    public static PoolMember None { get; } = new();

    public Guid Id { get; init; }
    public MemberKind Kind { get; init; }
    public string? HomeDepartment { get; init; }
    public PersonalText? Name { get; init; }
    public PersonalText? Phone { get; init; }
    public PersonalText? Email { get; init; }

    /// <summary>The sign-in name of a volunteer who claims requests themselves (sealed like the name).</summary>
    public PersonalText? Account { get; init; }
    public ImmutableArray<Skill> Skills { get; init; } = [];
    public ImmutableArray<MemberLanguage> Languages { get; init; } = [];
    public ImmutableArray<AvailabilityWindow> Availability { get; init; } = [];

    public bool Exists => Id != Guid.Empty;

    public bool MayClaim => Kind is MemberKind.Interpreter or MemberKind.Volunteer;

    public bool Speaks(string asked) => Languages.Any(l => LanguageTag.Serves(l.Code, asked));

    /// <summary>Whether one window covers the whole period with some hours.</summary>
    public bool IsAvailableFor(DeploymentPeriod period) =>
        Availability.Any(w => w.HoursPerWeek > 0 && w.From <= period.From && period.To <= w.To);

    public PoolMember Apply(object @event) => @event switch
    {
        MemberRegistered e => this with
        {
            Id = e.MemberId,
            Kind = e.Kind,
            HomeDepartment = e.HomeDepartment,
            Name = e.Name,
            Phone = e.Phone,
            Email = e.Email,
            Account = e.Account,
            Skills = [.. e.Skills],
            Languages = [.. e.Languages],
            Availability = [.. e.Availability],
        },
        AvailabilityChanged e => this with { Availability = [.. e.Availability] },
        _ => this,
    };
}
