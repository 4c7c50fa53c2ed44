namespace Krisenstab.Contracts.Staffing;

/// <summary>What a member can do and a request asks for. On the wire in kebab case: <c>social-work</c>, <c>it</c>, …</summary>
public enum Skill
{
    Registration,
    SocialWork,
    Benefits,
    Childcare,
    It,
    Caretaking,
    Medical,
    Security,
    Interpreting,
    Administration,
    Logistics,
}
