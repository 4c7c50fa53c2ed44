using System.Diagnostics;
using Krisenstab.EventStore;
using Microsoft.Extensions.Options;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>
/// One gate per stream in this process: commands on a stream are decided one after another, so optimistic
/// re-decisions are left for writers in other processes. A command takes its streams' gates in ordinal order of their
/// names, so two commands over the same streams can never wait for each other in a circle. Waiting is bounded: at most
/// <see cref="CommandRunnerOptions.MaxQueued"/> commands wait per stream and none longer than
/// <see cref="CommandRunnerOptions.QueueTimeout"/>; past either, <see cref="CommandsOverloadedException"/>. A command
/// is also refused at once when the commands ahead of it, at the pace the gate has lately been passed, would not be
/// through within the timeout: under overload the answer is a quick 503, not one after a full second of waiting.
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

    /// <summary>
    /// Joins the queue of every stream now (the wait is counted from here) without waiting; enter with
    /// <see cref="Ticket.EnterAsync"/> — meanwhile the command can read what it needs. Throws
    /// <see cref="CommandsOverloadedException"/> when a queue is full or would not be through in time.
    /// </summary>
    public Ticket Queue(IEnumerable<StreamName> streams)
    {
        var settings = options.Value;
        var ticket = new Ticket(this, settings);
        try
        {
            foreach (var stream in streams.Select(s => s.Value).Distinct().Order(StringComparer.Ordinal))
            {
                ticket.Joined(stream, Join(stream, settings));
            }
            return ticket;
        }
        catch
        {
            ticket.Dispose();
            throw;
        }
    }

    /// <summary>Holds every stream's gate until disposed; throws <see cref="CommandsOverloadedException"/> when they cannot be had in time.</summary>
    public async Task<IAsyncDisposable> EnterAsync(IEnumerable<StreamName> streams, CancellationToken cancellationToken)
    {
        var ticket = Queue(streams);
        try
        {
            return new TurnWithTicket(await ticket.EnterAsync(cancellationToken), ticket);
        }
        catch
        {
            ticket.Dispose();
            throw;
        }
    }

    private static CommandsOverloadedException Overloaded(string stream, CommandRunnerOptions settings, string why) =>
        new($"{stream} is too busy: {why}. Nothing was stored; try again shortly (with the same Idempotency-Key).", settings.QueueTimeout);

    /// <summary>The stream's gate with one more user; throws when the queue is full or would not be through in time.</summary>
    private Gate Join(string stream, CommandRunnerOptions settings)
    {
        lock (_lock)
        {
            if (!_gates.TryGetValue(stream, out var gate))
            {
                gate = new Gate();
                _gates[stream] = gate;
            }
            else if (gate.Users > settings.MaxQueued)
            {
                throw Overloaded(stream, settings, "too many commands wait for it");
            }
            else if (gate.Users * gate.RecentPace.Ticks > settings.QueueTimeout.Ticks)
            {
                throw Overloaded(stream, settings, $"the {gate.Users} commands ahead would not be through within {settings.QueueTimeout.TotalSeconds:0.###} s");
            }
            gate.Users++;
            return gate;
        }
    }

    private void Leave(string stream, Gate gate)
    {
        lock (_lock)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(stream);
                gate.Semaphore.Dispose();
            }
        }
    }

    internal sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        /// <summary>The holder and the waiters; guarded by the gates' lock.</summary>
        public int Users { get; set; }

        /// <summary>While commands queue, the time between one turn's end and the next one's (a moving average); guarded by the gates' lock.</summary>
        public TimeSpan RecentPace { get; private set; }

        private long _lastRelease;

        /// <summary>A turn ended (under the gates' lock) with <paramref name="queued"/> other users: the pace is measured only across a queue.</summary>
        public void Released(bool queued)
        {
            var now = Stopwatch.GetTimestamp();
            if (queued && _lastRelease != 0)
            {
                var pace = Stopwatch.GetElapsedTime(_lastRelease, now);
                RecentPace = RecentPace == TimeSpan.Zero ? pace : (RecentPace * 7 + pace) / 8;
            }
            _lastRelease = queued ? now : 0;
        }
    }

    /// <summary>A command's place in its streams' queues, from <see cref="Queue"/> until disposed.</summary>
    public sealed class Ticket : IDisposable
    {
        private readonly CommandGates _gates;
        private readonly CommandRunnerOptions _settings;
        private readonly List<(string Stream, Gate Gate)> _joined = [];
        private long _deadline;

        internal Ticket(CommandGates gates, CommandRunnerOptions settings)
        {
            _gates = gates;
            _settings = settings;
            // Real time, whatever clock the commands decide with: the waits themselves are real.
            _deadline = Environment.TickCount64 + (long)settings.QueueTimeout.TotalMilliseconds;
        }

        internal void Joined(string stream, Gate gate) => _joined.Add((stream, gate));

        /// <summary>
        /// Takes every gate in order, the first time within the timeout counted from <see cref="Queue"/>, each later
        /// time (a re-decision) within a timeout of its own; the turn ends when the result is disposed.
        /// </summary>
        public async Task<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken)
        {
            var turn = new Turn(_gates);
            try
            {
                foreach (var (stream, gate) in _joined)
                {
                    var remaining = TimeSpan.FromMilliseconds(Math.Max(0, _deadline - Environment.TickCount64));
                    if (!await gate.Semaphore.WaitAsync(remaining, cancellationToken))
                    {
                        throw Overloaded(stream, _settings, $"it did not come free within {_settings.QueueTimeout.TotalSeconds:0.###} s");
                    }
                    turn.Took(gate);
                }
                return turn;
            }
            catch
            {
                await turn.DisposeAsync();
                throw;
            }
            finally
            {
                _deadline = Environment.TickCount64 + (long)_settings.QueueTimeout.TotalMilliseconds;
            }
        }

        /// <summary>Leaves every queue (after the turn, if one was had, has ended).</summary>
        public void Dispose()
        {
            for (var i = _joined.Count - 1; i >= 0; i--)
            {
                _gates.Leave(_joined[i].Stream, _joined[i].Gate);
            }
            _joined.Clear();
        }
    }

    /// <summary>The gates held in one turn; released in reverse order of taking, each exactly once.</summary>
    private sealed class Turn(CommandGates gates) : IAsyncDisposable
    {
        private readonly List<Gate> _held = [];

        public void Took(Gate gate) => _held.Add(gate);

        public ValueTask DisposeAsync()
        {
            for (var i = _held.Count - 1; i >= 0; i--)
            {
                var gate = _held[i];
                lock (gates._lock)
                {
                    gate.Released(queued: gate.Users > 1);
                }
                gate.Semaphore.Release();
            }
            _held.Clear();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary><see cref="EnterAsync(IEnumerable{StreamName}, CancellationToken)"/>'s turn and queue place in one.</summary>
    private sealed class TurnWithTicket(IAsyncDisposable turn, Ticket ticket) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await turn.DisposeAsync();
            ticket.Dispose();
        }
    }
}
