namespace Krisenstab.Contracts.Accommodation;

/// <summary>Where a household went when it left a facility (other than by a transfer).</summary>
public enum MoveOutReason
{
    PrivateHousing,
    OtherMunicipality,
    LeftWithoutNotice,
    Other,
}
