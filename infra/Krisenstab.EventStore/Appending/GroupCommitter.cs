using System.Threading.Channels;

namespace Krisenstab.EventStore.Appending;

/// <summary>
/// The single writer of one store: concurrent appends queue up and are committed together in one transaction,
/// each inside its own savepoint so that a conflict rolls back only that append. Speed comes from sharing the
/// commit (one fsync for many appends), never from weaker durability: no caller is answered before the commit.
/// </summary>
internal sealed class GroupCommitter : IAsyncDisposable
{
    private const int MaxBatchSize = 256;

    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<WriteBatch>> _beginBatch;
    private readonly Action _committed;
    private readonly Task _writer;
    private long _lastCommittedPosition;

    /// <param name="beginBatch">Opens a write transaction (holding whatever lock makes this the only writer).</param>
    /// <param name="committed">Called after each successful commit, e.g. to wake subscriptions.</param>
    public GroupCommitter(Func<CancellationToken, Task<WriteBatch>> beginBatch, Action committed)
    {
        _beginBatch = beginBatch;
        _committed = committed;
        _writer = StartWriterThread();
    }

    /// <summary>The highest global position committed through this writer; raised before its callers are answered.</summary>
    public long LastCommittedPosition => Volatile.Read(ref _lastCommittedPosition);

    /// <summary>The one-stream append: the one-element case of the multi-stream one.</summary>
    public async Task<AppendResult> AppendAsync(StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken) =>
        (await AppendAsync([new StreamAppend(stream, expected, events)], cancellationToken))[0];

    public Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appends);
        if (appends.Count == 0 || appends.Any(a => a.Events is null || a.Events.Count == 0))
        {
            throw new ArgumentException("An append needs at least one event for each stream.", nameof(appends));
        }
        if (appends.Select(a => a.Stream).Distinct().Count() != appends.Count)
        {
            throw new ArgumentException("An append names each stream once.", nameof(appends));
        }
        var events = appends.SelectMany(a => a.Events).ToList();
        if (events.Select(e => e.EventId).Distinct().Count() != events.Count)
        {
            throw new ArgumentException("The events of one append must have distinct ids.", nameof(appends));
        }
        var pending = new PendingAppend(appends, cancellationToken);
        Enqueue(pending);
        return pending.Task;
    }

    /// <summary>Marks the message handled by the consumer (idempotent), in the next batch's transaction.</summary>
    public Task MarkProcessedAsync(string consumer, Guid messageId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var pending = new PendingInboxMark(consumer, messageId, at, cancellationToken);
        Enqueue(pending);
        return pending.Task;
    }

    private void Enqueue(PendingWrite pending)
    {
        pending.CancellationToken.ThrowIfCancellationRequested();
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommitter), "The event store is shutting down.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    /// <summary>
    /// The writer has a thread of its own and waits on it: under full load its next batch does not queue behind the
    /// requests in the thread pool, and SQLite's synchronous writes and flushes never hold a pool thread.
    /// </summary>
    private Task StartWriterThread()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                WriteLoop();
                stopped.SetResult();
            }
#pragma warning disable CA1031 // Handed to whoever disposes the store.
            catch (Exception error)
            {
                stopped.SetException(error);
            }
#pragma warning restore CA1031
        })
        {
            IsBackground = true,
            Name = "event store writer",
        };
        thread.Start();
        return stopped.Task;
    }

    private void WriteLoop()
    {
        var writes = new List<PendingWrite>(MaxBatchSize);
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (writes.Count < MaxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                if (pending.CancellationToken.IsCancellationRequested)
                {
                    pending.Cancel();
                }
                else
                {
                    writes.Add(pending);
                }
            }
            if (writes.Count > 0)
            {
                CommitAsync(writes).GetAwaiter().GetResult();
                writes.Clear();
            }
        }
    }

    private async Task CommitAsync(List<PendingWrite> writes)
    {
        // Once in a batch a write runs to the end: the batch shares one transaction, so one caller's
        // cancellation must not abort the others.
        var committed = false;
        try
        {
            await using var batch = await _beginBatch(CancellationToken.None);
            for (var i = 0; i < writes.Count; i++)
            {
                await writes[i].WriteAsync(batch, $"write_{i}");
            }
            await batch.CommitAsync(CancellationToken.None);
            committed = true;
        }
#pragma warning disable CA1031 // Whatever broke the transaction is handed to every caller of the batch; the writer lives on.
        catch (Exception exception) when (!committed)
        {
            foreach (var pending in writes)
            {
                pending.Fail(exception);
            }
            return;
        }
        catch (Exception) when (committed)
        {
            // Only closing the connection failed: the commit stands, so the callers get their results.
        }
#pragma warning restore CA1031

        // Only the writer thread raises it, so a plain maximum is enough.
        Volatile.Write(ref _lastCommittedPosition, Math.Max(_lastCommittedPosition, writes.Max(w => w.LastPosition)));
        foreach (var pending in writes)
        {
            pending.Complete();
        }
        _committed();
    }
}
