namespace Krisenstab.Contracts.Accommodation;

public enum OperatorKind
{
    Municipal,
    Organisation,
}
