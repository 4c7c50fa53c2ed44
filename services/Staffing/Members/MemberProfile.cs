using Krisenstab.Contracts.Staffing;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Staffing.Members;

/// <summary>What a member is, apart from the personal fields: checked and made canonical before anything is sealed.</summary>
public sealed record MemberProfile(
    MemberKind Kind,
    string? HomeDepartment,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<MemberLanguage> Languages,
    IReadOnlyList<AvailabilityWindow> Availability)
{
    public const int MaxHoursPerWeek = 60;

    /// <summary>The profile with canonical language tags and trimmed department, or the first error naming its field.</summary>
    public (MemberProfile? Profile, DomainError? Error) Checked()
    {
        var department = HomeDepartment?.Trim();
        var invalid = Checks.First(
            Kind == MemberKind.Staff
                ? Checks.Required(department, "homeDepartment")
                : department is { Length: > 0 } ? DomainError.Invalid("homeDepartment", "Only staff have a home department; volunteers and interpreters have none.") : null,
            Checks.AtMost(Skills, "skills"),
            Checks.AtMost(Languages, "languages"),
            CheckAvailability(Availability));
        if (invalid is not null)
        {
            return (null, invalid);
        }
        var languages = new List<MemberLanguage>();
        foreach (var language in Languages)
        {
            if (LanguageTag.Canonical(language?.Code) is not { } code)
            {
                return (null, DomainError.Invalid("languages", $"'{language?.Code}' is not a BCP 47 language tag (such as uk, ru, ar, fa-AF)."));
            }
            if (languages.Any(l => l.Code == code))
            {
                return (null, DomainError.Invalid("languages", $"'{code}' is given twice."));
            }
            languages.Add(language! with { Code = code });
        }
        return (this with { HomeDepartment = Kind == MemberKind.Staff ? department : null, Skills = [.. Skills.Distinct().Order()], Languages = languages }, null);
    }

    public static DomainError? CheckAvailability(IReadOnlyList<AvailabilityWindow> windows) =>
        Checks.AtMost(windows, "availability")
        ?? windows.Select(w => Checks.Period(w.From, w.To, "availability") ?? Checks.InRange(w.HoursPerWeek, "availability", 1, MaxHoursPerWeek)).FirstOrDefault(e => e is not null);
}
