namespace Krisenstab.Contracts.Staffing;

/// <summary>Who a pool member is. On the wire in kebab case: <c>staff</c>, <c>volunteer</c>, <c>interpreter</c>.</summary>
public enum MemberKind
{
    /// <summary>Administration staff, redeployed from a home department.</summary>
    Staff,
    Volunteer,
    /// <summary>A volunteer language and culture mediator: may claim open interpreting requests.</summary>
    Interpreter,
}
