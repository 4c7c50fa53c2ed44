namespace Krisenstab.Contracts.Communication;

/// <summary>Who a message is for. The public and the refugees' feeds can be read without sign-in (a website, an info-point screen).</summary>
public enum Audience
{
    Public,
    Council,
    Volunteers,
    Refugees,
    Staff,
}
