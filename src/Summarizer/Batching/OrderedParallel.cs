using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Summarizer.Batching;

/// <summary>
/// Runs a function over a stream of items on a fixed set of long-lived workers and yields one result per item, in the
/// order of the input, reading the input only a bounded distance ahead of what has been yielded.
/// </summary>
/// <remarks>
/// <para>
/// Each worker is a thread of its own (not a thread-pool thread; started only once the one before it has work, so a
/// short input does not start more than it needs) that reads a chunk of up to
/// <see cref="OrderedParallelOptions.ChunkSize"/> items from the source, one worker at a time, then works through it,
/// so the cost of a hand-off between threads is paid once a chunk rather than once an item. A chunk is cut short when
/// the source has no item ready, so a slow source is not held back. With one worker there is no hand-off at all: the
/// items are processed on the consumer's thread as they are read.
/// </para>
/// <para>
/// A consumer waiting for the next chunk is resumed by the worker that finishes it, on that worker's thread, with no
/// thread-pool thread in between: a waiting loop without a synchronization context may run its body on a worker
/// thread, which then takes up its next chunk when the loop waits again.
/// </para>
/// <para>
/// The input is read at most <c>2 * MaxDegreeOfParallelism</c> chunks ahead of the item being yielded: finished work
/// can wait behind a slow item while the workers go on, and memory stays bounded whatever the input's length.
/// </para>
/// <para>
/// A worker that may not read another chunk (the window is full, or the source has ended) takes unclaimed items of
/// the oldest chunk still being worked on, one at a time, rather than waiting: a chunk of long items (a run of long
/// documents in a file of short ones) is then worked on by every worker instead of holding the others idle behind it.
/// </para>
/// <para>
/// A failure of the function on one item is that item's result (<see cref="OrderedResult{T}.Error"/>); the other items
/// go on. A failure of the source, cancellation, or leaving the loop early stops the workers and waits for them, so
/// nothing runs on after the enumeration ends.
/// </para>
/// </remarks>
public static class OrderedParallel
{
    /// <summary>Applies <paramref name="body"/> to every item, in parallel, yielding the results in input order.</summary>
    /// <typeparam name="TItem">The input items.</typeparam>
    /// <typeparam name="TResult">The results.</typeparam>
    /// <param name="items">The input; read only as far ahead as the options allow.</param>
    /// <param name="body">The work on one item. It should honour the token it is given.</param>
    /// <param name="options">Parallelism and chunk size; <see cref="OrderedParallelOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels reading and the work in progress.</param>
    /// <returns>One result per item, in the order of <paramref name="items"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="body"/> is null (thrown at the call).</exception>
    public static IAsyncEnumerable<OrderedResult<TResult>> RunAsync<TItem, TResult>(
        IAsyncEnumerable<TItem> items,
        Func<TItem, CancellationToken, TResult> body,
        OrderedParallelOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(body);
        options ??= OrderedParallelOptions.Default;
        return options.MaxDegreeOfParallelism == 1
            ? RunInline(items, body, cancellationToken)
            : RunOnWorkers(items, body, options, cancellationToken);
    }

    private static async IAsyncEnumerable<OrderedResult<TResult>> RunInline<TItem, TResult>(
        IAsyncEnumerable<TItem> items, Func<TItem, CancellationToken, TResult> body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await foreach (TItem item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Apply(body, item, index++, cancellationToken);
        }
    }

    private static async IAsyncEnumerable<OrderedResult<TResult>> RunOnWorkers<TItem, TResult>(
        IAsyncEnumerable<TItem> items, Func<TItem, CancellationToken, TResult> body, OrderedParallelOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var run = new WorkerRun<TItem, TResult>(items, body, options, cancellationToken);
        try
        {
            while (await run.NextChunkAsync().ConfigureAwait(false) is { } chunk)
            {
                await chunk.Done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                for (int i = 0; i < chunk.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested(); // nothing more once cancelled, done or not
                    yield return chunk.Results[i];
                }

                run.Release();
            }

            run.ThrowIfSourceFailed();
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            await run.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// One parallel run: the workers, the chunks in flight in input order, and the read-ahead bound.
    /// </summary>
    /// <remarks>
    /// Each worker is a thread of its own that reads its next chunk from the source itself (one worker at a time) and
    /// then works through it: no reader in between, and a worker sleeps only when the read-ahead window is full and
    /// every item in flight is claimed, or the source has nothing ready. Waking a thread costs tens of microseconds on
    /// a busy machine, and a reader task, channels and pool threads woke several per chunk: on two cores that left a
    /// tenth of the time idle.
    /// </remarks>
    private sealed class WorkerRun<TItem, TResult> : IDisposable
    {
        private readonly Func<TItem, CancellationToken, TResult> _body;
        private readonly int _chunkSize;
        private readonly int _window;
        private readonly CancellationTokenSource _stop;
        private readonly IAsyncEnumerator<TItem> _source;
        private readonly int _maxWorkers;

        // Guards the fields below it; workers wait on it for room in the window.
        private readonly object _gate = new(); // a monitor, not a Lock: workers Monitor.Wait on it
        private readonly Queue<Chunk<TItem, TResult>> _ordered = new();
        private readonly List<Chunk<TItem, TResult>> _unclaimed = []; // in input order: chunks with items not yet claimed
        private int _inFlight; // chunks claimed by a worker and not yet yielded whole
        private bool _stopping;
        private readonly List<Task> _workers = [];

        // Taken to read from the source: the fields below it belong to whichever worker holds it.
        private readonly Lock _reading = new();
        private long _nextIndex;
        private Task<bool>? _pendingMove; // a read the source had not finished when the last chunk was shipped
        private bool _sourceEnded;
        private Exception? _sourceFailure;

        // Released once for every chunk queued and once at the end of the source, for the consumer.
        private readonly SemaphoreSlim _queued = new(0);

        public WorkerRun(IAsyncEnumerable<TItem> items, Func<TItem, CancellationToken, TResult> body, OrderedParallelOptions options, CancellationToken cancellationToken)
        {
            _body = body;
            _chunkSize = options.ChunkSize;
            _window = 2 * options.MaxDegreeOfParallelism;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            try
            {
                _source = items.GetAsyncEnumerator(_stop.Token);
            }
            catch
            {
                _stop.Dispose(); // its link to the caller's token would outlive the failed call
                throw;
            }

            _maxWorkers = options.MaxDegreeOfParallelism;
            lock (_gate)
                StartWorker();
        }

        /// <summary>The next chunk in input order (perhaps still being worked on), or null after the last.</summary>
        public async ValueTask<Chunk<TItem, TResult>?> NextChunkAsync()
        {
            await _queued.WaitAsync(_stop.Token).ConfigureAwait(false);
            lock (_gate)
                return _ordered.TryDequeue(out Chunk<TItem, TResult>? chunk) ? chunk : null;
        }

        /// <summary>The consumer has yielded a chunk whole: its place in the window is free.</summary>
        public void Release()
        {
            lock (_gate)
            {
                _inFlight--;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Throws the source's own failure, after every chunk read before it has been yielded.</summary>
        public void ThrowIfSourceFailed()
        {
            if (Volatile.Read(ref _sourceFailure) is { } failure)
                ExceptionDispatchInfo.Throw(failure);
        }

        /// <summary>Stops the workers, waits for them and closes the source.</summary>
        public async Task StopAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            Task[] workers;
            lock (_gate)
            {
                _stopping = true;
                Monitor.PulseAll(_gate);
                workers = [.. _workers]; // none starts once stopping
            }

            await Task.WhenAll(workers).ConfigureAwait(false); // workers end on their own; they never throw
            if (_pendingMove is { } pending)
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            try
            {
                await _source.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Closing a source that failed or was cancelled: its failure, if any, went through ThrowIfSourceFailed.
            }
        }

        public void Dispose()
        {
            _stop.Dispose();
            _queued.Dispose();
        }

        /// <summary>Starts a worker on a thread of its own. Called holding the gate.</summary>
        private void StartWorker() =>
            _workers.Add(Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

        private void Work()
        {
            CancellationToken token = _stop.Token;
            try
            {
                while (true)
                {
                    Chunk<TItem, TResult>? help = null;
                    lock (_gate)
                    {
                        // No room for another chunk: help with one still being worked on, or wait for room.
                        while (_inFlight >= _window && !_stopping && (help = ChunkToHelp()) is null)
                            Monitor.Wait(_gate);
                        if (_stopping)
                            return;
                        if (help is null)
                            _inFlight++;
                    }

                    if (help is not null)
                    {
                        WorkOn(help, token);
                        continue;
                    }

                    if (ReadChunk() is not { } chunk)
                    {
                        // The source has ended: help finish the chunks still being worked on, then stop.
                        while (NextChunkToHelp() is { } rest)
                            WorkOn(rest, token);
                        return;
                    }

                    WorkOn(chunk, token);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped or cancelled; the chunk concerned was marked cancelled in WorkOn.
            }
        }

        /// <summary>
        /// Works through the items of <paramref name="chunk"/> not yet claimed, one claim at a time, beside any other
        /// worker doing the same; whoever finishes its last item completes it.
        /// </summary>
        private void WorkOn(Chunk<TItem, TResult> chunk, CancellationToken token)
        {
            try
            {
                int i;
                while ((i = Interlocked.Increment(ref chunk.Claimed) - 1) < chunk.Count)
                {
                    token.ThrowIfCancellationRequested();
                    chunk.Results[i] = Apply(_body, chunk.Items[i], chunk.FirstIndex + i, token);
                    chunk.Items[i] = default!; // a finished item need not outlive its work while the chunk waits its turn
                    if (Interlocked.Decrement(ref chunk.Unfinished) == 0)
                        chunk.Done.TrySetResult();
                }
            }
            catch (OperationCanceledException)
            {
                chunk.Done.TrySetCanceled(token);
                throw;
            }
        }

        /// <summary>The oldest chunk with items no worker has claimed yet, or null. Called holding the gate.</summary>
        private Chunk<TItem, TResult>? ChunkToHelp()
        {
            DropClaimedChunks();
            return _unclaimed.Count > 0 ? _unclaimed[0] : null;
        }

        /// <summary>
        /// Drops from the front of the list the chunks whose every item is claimed, so it stays within the window. A
        /// chunk stays listed until then even after the consumer has taken it to wait on, which is when help matters
        /// most. Called holding the gate.
        /// </summary>
        private void DropClaimedChunks()
        {
            while (_unclaimed.Count > 0 && Volatile.Read(ref _unclaimed[0].Claimed) >= _unclaimed[0].Count)
                _unclaimed.RemoveAt(0);
        }

        private Chunk<TItem, TResult>? NextChunkToHelp()
        {
            lock (_gate)
                return _stopping ? null : ChunkToHelp();
        }

        /// <summary>
        /// Reads the next chunk and queues it for the consumer: up to a chunk's worth of items, fewer when the source
        /// has none ready (a slow source is not held back). Null once the source has ended, failed or been cancelled.
        /// </summary>
        private Chunk<TItem, TResult>? ReadChunk()
        {
            lock (_reading)
            {
                if (_sourceEnded)
                    return null;
                var chunk = new Chunk<TItem, TResult>(_nextIndex, _chunkSize);
                try
                {
                    while (chunk.Count < _chunkSize)
                    {
                        bool more;
                        if (_pendingMove is { } pending)
                        {
                            _pendingMove = null;
                            more = pending.GetAwaiter().GetResult();
                        }
                        else
                        {
                            ValueTask<bool> next = _source.MoveNextAsync();
                            if (!next.IsCompleted && chunk.Count > 0)
                            {
                                _pendingMove = next.AsTask(); // ship what there is; the next reader takes this read over
                                break;
                            }

                            more = next.IsCompleted ? next.Result : next.AsTask().GetAwaiter().GetResult();
                        }

                        if (!more)
                        {
                            _sourceEnded = true;
                            break;
                        }

                        chunk.Add(_source.Current);
                    }
                }
                catch (Exception e)
                {
                    _sourceEnded = true;
                    if (_stop.IsCancellationRequested)
                        chunk = new Chunk<TItem, TResult>(_nextIndex, 0); // nothing more once cancelled
                    else
                        Volatile.Write(ref _sourceFailure, e);
                }

                _nextIndex += chunk.Count;
                bool queued = chunk.Count > 0;
                if (queued)
                {
                    chunk.Unfinished = chunk.Count;
                    lock (_gate)
                    {
                        _ordered.Enqueue(chunk);
                        DropClaimedChunks();
                        _unclaimed.Add(chunk);
                        Monitor.PulseAll(_gate); // a worker waiting for room can help with it
                        // One more worker once this one has work: a short input never starts more threads than it has chunks.
                        if (_workers.Count < _maxWorkers && !_stopping)
                            StartWorker();
                    }

                    _queued.Release();
                }

                if (_sourceEnded)
                    _queued.Release(); // the end: the consumer's last wait finds no chunk
                return queued ? chunk : null;
            }
        }
    }

    private static OrderedResult<TResult> Apply<TItem, TResult>(Func<TItem, CancellationToken, TResult> body, TItem item, long index, CancellationToken cancellationToken)
    {
        try
        {
            return new OrderedResult<TResult>(index, body(item, cancellationToken), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return new OrderedResult<TResult>(index, default, e);
        }
    }

    private sealed class Chunk<TItem, TResult>(long firstIndex, int capacity)
    {
        public long FirstIndex { get; } = firstIndex;

        public TItem[] Items { get; } = new TItem[capacity];

        public OrderedResult<TResult>[] Results { get; } = new OrderedResult<TResult>[capacity];

        public int Count { get; private set; }

        // Items are claimed one at a time (Interlocked), by the worker that read the chunk and by any worker helping.
        public int Claimed;

        // Items claimed or not whose work is not finished; the worker that brings it to zero completes the chunk.
        public int Unfinished;

        // Continuations run on the worker that completes the chunk: resuming the consumer through the thread pool woke
        // a pool thread per chunk, which on two cores preempted a worker (perf stat: 3,000-3,600 context switches a
        // two-thread batch of 20,596 lines, 550-850 without).
        public TaskCompletionSource Done { get; } = new();

        public void Add(TItem item) => Items[Count++] = item;
    }
}
