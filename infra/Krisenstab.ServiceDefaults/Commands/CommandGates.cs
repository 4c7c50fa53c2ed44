using Krisenstab.EventStore;
using Microsoft.Extensions.Options;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>
/// One gate per stream in this process: commands on a stream are decided one after another, so optimistic
/// re-decisions are left for writers in other processes. A command takes its streams' gates in ordinal order of their
/// names, so two commands over the same streams can never wait for each other in a circle. Waiting is bounded: at most
/// <see cref="CommandRunnerOptions.MaxQueued"/> commands wait per stream and none longer than
/// <see cref="CommandRunnerOptions.QueueTimeout"/>; past either, <see cref="CommandsOverloadedException"/>.
/// A gate lives only while someone holds or waits for it, so memory follows the load, not the number of streams.
/// </summary>
public sealed class CommandGates(IOptions<CommandRunnerOptions> options)
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How many commands hold or wait for the stream's gate.</summary>
    public int UsersOf(StreamName stream)
    {
        lock (_lock)
        {
            return _gates.TryGetValue(stream.Value, out var gate) ? gate.Users : 0;
        }
    }

    /// <summary>Holds every stream's gate until disposed; throws <see cref="CommandsOverloadedException"/> when they cannot be had in time.</summary>
    public async Task<IAsyncDisposable> EnterAsync(IEnumerable<StreamName> streams, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Real time, whatever clock the commands decide with: the waits themselves are real.
        var deadline = Environment.TickCount64 + (long)settings.QueueTimeout.TotalMilliseconds;
        var held = new Held(this);
        try
        {
            foreach (var stream in streams.Select(s => s.Value).Distinct().Order(StringComparer.Ordinal))
            {
                var gate = Join(stream, settings.MaxQueued) ?? throw Overloaded(stream, settings, "too many commands wait for it");
                var remaining = TimeSpan.FromMilliseconds(Math.Max(0, deadline - Environment.TickCount64));
                bool entered;
                try
                {
                    entered = await gate.Semaphore.WaitAsync(remaining, cancellationToken);
                }
                catch
                {
                    Leave(stream, gate, release: false);
                    throw;
                }
                if (!entered)
                {
                    Leave(stream, gate, release: false);
                    throw Overloaded(stream, settings, $"it did not come free within {settings.QueueTimeout.TotalSeconds:0.###} s");
                }
                held.Add(stream, gate);
            }
            return held;
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    private static CommandsOverloadedException Overloaded(string stream, CommandRunnerOptions settings, string why) =>
        new($"{stream} is too busy: {why}. Nothing was stored; try again shortly (with the same Idempotency-Key).", settings.QueueTimeout);

    /// <summary>The stream's gate with one more user; null when <paramref name="maxQueued"/> already wait for it.</summary>
    private Gate? Join(string stream, int maxQueued)
    {
        lock (_lock)
        {
            if (!_gates.TryGetValue(stream, out var gate))
            {
                gate = new Gate();
                _gates[stream] = gate;
            }
            else if (gate.Users > maxQueued)
            {
                return null;
            }
            gate.Users++;
            return gate;
        }
    }

    private void Leave(string stream, Gate gate, bool release)
    {
        lock (_lock)
        {
            if (release)
            {
                gate.Semaphore.Release();
            }
            if (--gate.Users == 0)
            {
                _gates.Remove(stream);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        /// <summary>The holder and the waiters; guarded by the gates' lock.</summary>
        public int Users { get; set; }
    }

    private sealed class Held(CommandGates gates) : IAsyncDisposable
    {
        private readonly List<(string Stream, Gate Gate)> _held = [];

        public void Add(string stream, Gate gate) => _held.Add((stream, gate));

        public ValueTask DisposeAsync()
        {
            // Released in reverse order of taking; each exactly once.
            for (var i = _held.Count - 1; i >= 0; i--)
            {
                gates.Leave(_held[i].Stream, _held[i].Gate, release: true);
            }
            _held.Clear();
            return ValueTask.CompletedTask;
        }
    }
}
