using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults.PersonalData;

namespace Krisenstab.SituationReports.Incidents;

/// <summary>
/// The one place the confidential text is sealed and revealed: through the situation service's erasable personal-data
/// vault, with one data subject per incident (<c>incident-{id}</c>), so erasing that subject erases the text everywhere.
/// </summary>
public sealed class IncidentText(PersonalDataVault vault)
{
    public const string SubjectKind = "incident";

    public static string SubjectOf(Guid incidentId) => PersonalSubject.For(SubjectKind, incidentId);

    public Task<PersonalText> SealAsync(Guid incidentId, string text, CancellationToken cancellationToken) =>
        vault.SealAsync(SubjectOf(incidentId), text.Trim(), cancellationToken);

    public Task<IReadOnlyList<string?>> RevealAsync(IReadOnlyList<PersonalText?> texts, CancellationToken cancellationToken) =>
        vault.RevealAsync(texts, cancellationToken);
}
