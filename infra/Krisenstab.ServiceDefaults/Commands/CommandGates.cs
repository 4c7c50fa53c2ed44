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
        var ticket = new Ticket(this, options.Value, [.. streams.Select(s => s.Value).Distinct().Order(StringComparer.Ordinal)]);
        ticket.JoinQueues();
        return ticket;
    }

    /// <summary>Holds every stream's gate until disposed; throws <see cref="CommandsOverloadedException"/> when they cannot be had in time.</summary>
    public async Task<IAsyncDisposable> EnterAsync(IEnumerable<StreamName> streams, CancellationToken cancellationToken)
    {
        // The turn leaves the queues when it ends; a failed entry has left them already.
        return await Queue(streams).EnterAsync(cancellationToken);
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
                gate = new Gate(_lock);
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

    internal sealed class Gate(Lock gatesLock)
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        /// <summary>The holder and the waiters; guarded by the gates' lock.</summary>
        public int Users { get; set; }

        /// <summary>While commands queue, the time between one turn's end and the next one's (a moving average); guarded by the gates' lock.</summary>
        public TimeSpan RecentPace { get; private set; }

        private long _lastRelease;

        /// <summary>Ends a turn. The pace is measured only across a queue (other users than the holder).</summary>
        public void Release()
        {
            lock (gatesLock)
            {
                var now = Stopwatch.GetTimestamp();
                var queued = Users > 1;
                if (queued && _lastRelease != 0)
                {
                    var pace = Stopwatch.GetElapsedTime(_lastRelease, now);
                    RecentPace = RecentPace == TimeSpan.Zero ? pace : (RecentPace * 7 + pace) / 8;
                }
                _lastRelease = queued ? now : 0;
            }
            Semaphore.Release();
        }
    }

    /// <summary>
    /// A command's place in its streams' queues, from <see cref="Queue"/> to the end of its turn (or until disposed
    /// without one). A re-decision enters again: it joins the queues anew, with a timeout of its own.
    /// </summary>
    public sealed class Ticket : IDisposable
    {
        private readonly CommandGates _gates;
        private readonly CommandRunnerOptions _settings;
        private readonly IReadOnlyList<string> _streams;
        private readonly List<(string Stream, Gate Gate)> _joined = [];
        private long _deadline;

        internal Ticket(CommandGates gates, CommandRunnerOptions settings, IReadOnlyList<string> streams) =>
            (_gates, _settings, _streams) = (gates, settings, streams);

        internal void JoinQueues()
        {
            // Real time, whatever clock the commands decide with: the waits themselves are real.
            _deadline = Environment.TickCount64 + (long)_settings.QueueTimeout.TotalMilliseconds;
            try
            {
                foreach (var stream in _streams)
                {
                    _joined.Add((stream, _gates.Join(stream, _settings)));
                }
            }
            catch
            {
                LeaveQueues();
                throw;
            }
        }

        /// <summary>Takes every gate in order within the timeout; the turn, and the place in the queues, end when the result is disposed.</summary>
        public async Task<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken)
        {
            if (_joined.Count == 0)
            {
                JoinQueues();
            }
            var turn = new Turn(this);
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
        }

        /// <summary>Leaves the queues if still in them (no turn was had, or it has not ended).</summary>
        public void Dispose() => LeaveQueues();

        internal void LeaveQueues()
        {
            for (var i = _joined.Count - 1; i >= 0; i--)
            {
                _gates.Leave(_joined[i].Stream, _joined[i].Gate);
            }
            _joined.Clear();
        }
    }

    /// <summary>The gates held in one turn; released in reverse order of taking, each exactly once, then the queues are left.</summary>
    private sealed class Turn(Ticket ticket) : IAsyncDisposable
    {
        private readonly List<Gate> _held = [];

        public void Took(Gate gate) => _held.Add(gate);

        public ValueTask DisposeAsync()
        {
            for (var i = _held.Count - 1; i >= 0; i--)
            {
                _held[i].Release();
            }
            _held.Clear();
            ticket.LeaveQueues();
            return ValueTask.CompletedTask;
        }
    }
}
