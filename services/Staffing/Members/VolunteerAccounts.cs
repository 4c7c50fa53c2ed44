using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults.PersonalData;
using Krisenstab.Staffing.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Staffing.Members;

/// <summary>
/// Finds the pool member a volunteer's sign-in name is linked to. The link is sealed like the name (a sign-in name can
/// name a person), so it is found by revealing the linked members' accounts — one key lookup for all of them, fine for
/// a pool of hundreds — and an erased member is never found again.
/// </summary>
public sealed class VolunteerAccounts([FromKeyedServices(StaffingModule.StoreName)] PersonalDataVault vault, StaffingDirectory directory)
{
    public async Task<PoolMember?> FindAsync(string? account, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(account) || account == PersonalText.Erased)
        {
            return null;
        }
        var linked = directory.Members.Where(m => m.Account is not null).OrderBy(m => m.Id).ToList();
        var revealed = await vault.RevealAsync([.. linked.Select(m => m.Account)], cancellationToken);
        return linked.Where((_, i) => string.Equals(revealed[i], account, StringComparison.Ordinal)).FirstOrDefault();
    }
}
