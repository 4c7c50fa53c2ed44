namespace Krisenstab.Contracts;

/// <summary>
/// The stable wire name of a public event, e.g. <c>situation.crisis-opened.v1</c>.
/// It never changes once released; a changed meaning is a new <c>.v2</c> record.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
