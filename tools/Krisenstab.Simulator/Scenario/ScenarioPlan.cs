namespace Krisenstab.Simulator.Scenario;

/// <summary>
/// The scenario while it is generated: one seeded random source, the commands so far, numbered keys, and a queue of
/// things still to happen in time order (a discrete-event simulation), so that later choices see earlier ones.
/// </summary>
public sealed class ScenarioPlan(ScenarioSettings settings)
{
    private readonly List<SimCommand> _commands = [];
    private readonly Dictionary<string, int> _counters = [];
    private readonly PriorityQueue<Action, (TimeSpan At, long Order)> _agenda = new();
    private long _order;

    public ScenarioSettings Settings { get; } = settings;

    public Random Random { get; } = new(settings.Seed);

    /// <summary>The moment the agenda has reached.</summary>
    public TimeSpan Now { get; private set; }

    public void Add(SimCommand command) => _commands.Add(command);

    /// <summary>A new key: <c>facility-1</c>, <c>facility-2</c>, …</summary>
    public string NewKey(string kind)
    {
        var next = _counters.GetValueOrDefault(kind) + 1;
        _counters[kind] = next;
        return $"{kind}-{next}";
    }

    /// <summary>Something to decide at <paramref name="at"/> (ties keep the order they were scheduled in); nothing after the scenario's end.</summary>
    public void At(TimeSpan at, Action action)
    {
        if (at <= Settings.Length)
        {
            _agenda.Enqueue(action, (at, _order++));
        }
    }

    /// <summary>Runs the agenda to its end; then the commands, stably sorted by time.</summary>
    public IReadOnlyList<SimCommand> Run()
    {
        while (_agenda.TryDequeue(out var action, out var key))
        {
            Now = key.At;
            action();
        }
        // The crisis closes at the end; what would come later (an incident closed after it) is left out.
        return [.. _commands.Where(c => c.At < Settings.Length || c is Commands.CloseCrisis).OrderBy(c => c.At)];
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => Random.Next(min, max + 1);

    /// <summary>Day <paramref name="day"/> (0: the first) at <paramref name="hour"/>:<paramref name="minute"/>.</summary>
    public static TimeSpan Day(int day, int hour, int minute = 0) => new(day, hour, minute, 0);
}
