namespace Progression.Rules;

/// <summary>A fact in working memory. Retracting or updating a fact kills its handle (updates get a new one with the same sequence), so tuples that hold it are known to be stale.</summary>
/// <remarks>A recycled session (<see cref="RuleSet.Rent"/>) reuses its handles from one evaluation to the next.</remarks>
internal sealed class FactHandle
{
    public FactHandle(object fact, int sequence) => Reuse(fact, sequence);

    public object Fact { get; private set; } = null!;

    /// <summary>Insertion order; kept by updates so a fact keeps its place among ties.</summary>
    public int Sequence { get; private set; }

    public bool Live { get; set; }

    /// <summary>The rules whose Not/Exists conditions this fact entered; they must re-check parked tuples when it leaves.</summary>
    public List<CompiledRule>? ConditionRules { get; set; }

    /// <summary>Makes the handle a new one for <paramref name="fact"/>.</summary>
    public void Reuse(object fact, int sequence)
    {
        Fact = fact;
        Sequence = sequence;
        Live = true;
        ConditionRules?.Clear();
    }

    /// <summary>Lets go of the fact once the evaluation is over.</summary>
    public void Release()
    {
        Fact = null!;
        Live = false;
        ConditionRules?.Clear();
    }
}

/// <summary>
/// A tuple of facts that matched a rule's patterns, waiting on the agenda. One- and two-pattern
/// tuples keep their handles in fields (no array); wider tuples keep every handle in an array.
/// Fired activations are chained into the trace.
/// </summary>
internal sealed class Activation
{
    private FactHandle _h0 = null!;
    private FactHandle? _h1;
    private FactHandle[]? _all;

    public Activation(CompiledRule rule, FactHandle first, FactHandle? second = null) => Reuse(rule, first, second);

    public Activation(CompiledRule rule, FactHandle[] all) => Reuse(rule, all);

    public CompiledRule Rule { get; private set; } = null!;

    /// <summary>Makes the activation a new one- or two-fact tuple (a recycled session reuses its activations).</summary>
    public void Reuse(CompiledRule rule, FactHandle first, FactHandle? second)
    {
        Rule = rule;
        _h0 = first;
        _h1 = second;
        _all = null;
        NextFired = null;
    }

    /// <summary>Makes the activation a new tuple of any width.</summary>
    public void Reuse(CompiledRule rule, FactHandle[] all)
    {
        Rule = rule;
        _h0 = all[0];
        _h1 = null;
        _all = all;
        NextFired = null;
    }

    /// <summary>Lets go of the facts once the evaluation is over.</summary>
    public void Release()
    {
        _h0 = null!;
        _h1 = null;
        _all = null;
        NextFired = null;
    }

    public int Width => Rule.Width;

    /// <summary>The next activation fired after this one (the session's trace is this chain).</summary>
    public Activation? NextFired { get; set; }

    public FactHandle this[int position] => _all is not null ? _all[position] : position == 0 ? _h0 : _h1!;

    public bool IsLive
    {
        get
        {
            if (_all is null)
            {
                return _h0.Live && (_h1 is null || _h1.Live);
            }

            foreach (var handle in _all)
            {
                if (!handle.Live)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public object[] Facts()
    {
        var facts = new object[Width];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = this[i].Fact;
        }

        return facts;
    }
}

/// <summary>The facts that passed one node's filter, with hash indexes for its joins. Dead handles are skipped and purged in bulk.</summary>
internal sealed class AlphaMemory
{
    private const int MinimumPurgeSize = 32;
    private readonly IKeyIndex[] _indexes;
    private int _purgeAt = MinimumPurgeSize;

    public AlphaMemory(AlphaNode node)
    {
        _indexes = new IKeyIndex[node.IndexFactories.Count];
        for (var i = 0; i < _indexes.Length; i++)
        {
            _indexes[i] = node.IndexFactories[i]();
        }
    }

    public List<FactHandle> Facts { get; } = [];

    /// <summary>Whether a fact entered this memory since the session was last reset (only those are cleared).</summary>
    public bool InUse { get; set; }

    public void Add(FactHandle handle)
    {
        if (Facts.Count >= _purgeAt)
        {
            Purge();
        }

        Facts.Add(handle);
        foreach (var index in _indexes)
        {
            index.Add(handle);
        }
    }

    public List<FactHandle>? Probe(int slot, object probe) => _indexes[slot].Probe(probe);

    /// <summary>Empties the memory for a new evaluation, keeping the list's capacity.</summary>
    public void Clear()
    {
        Facts.Clear();
        foreach (var index in _indexes)
        {
            index.Clear();
        }

        _purgeAt = MinimumPurgeSize;
        InUse = false;
    }

    // Amortised O(1): a purge runs only after the memory has doubled since the last one.
    private void Purge()
    {
        Facts.RemoveAll(static h => !h.Live);
        foreach (var index in _indexes)
        {
            index.Clear();
            foreach (var handle in Facts)
            {
                index.Add(handle);
            }
        }

        _purgeAt = Math.Max(MinimumPurgeSize, Facts.Count * 2);
    }
}

/// <summary>
/// The conflict set. Order: higher salience, then earlier-declared rule, then older facts (by
/// sequence, pattern by pattern). Activations queued while nothing fires (the usual case: insert
/// everything, then fire) are sorted once into a run read front to back; those queued by actions
/// while firing go into a binary heap; each pop takes the smaller head of the two. Entries carry
/// their sort key inline (rule rank, first two sequences), so ordering stays within arrays.
/// </summary>
internal sealed class Agenda
{
    private Entry[] _pending = new Entry[8];
    private int _pendingCount;
    private Entry[] _run = [];
    private int _runStart;
    private int _runCount;
    private Entry[] _heap = [];
    private int _heapCount;

    public void Clear()
    {
        Array.Clear(_pending, 0, _pendingCount);
        Array.Clear(_run, 0, _runCount);
        Array.Clear(_heap, 0, _heapCount);
        _pendingCount = _runStart = _runCount = _heapCount = 0;
    }

    public void Push(Activation activation)
    {
        if (_pendingCount == _pending.Length)
        {
            Array.Resize(ref _pending, Math.Max(8, _pending.Length * 2));
        }

        _pending[_pendingCount++] = new Entry(activation);
    }

    public bool TryPop(out Activation activation)
    {
        if (_pendingCount > 0)
        {
            Absorb();
        }

        var hasRun = _runStart < _runCount;
        if (!hasRun && _heapCount == 0)
        {
            activation = null!;
            return false;
        }

        if (hasRun && (_heapCount == 0 || Compare(_run[_runStart], _heap[0]) <= 0))
        {
            activation = _run[_runStart].Activation;
            _run[_runStart++] = default;
            return true;
        }

        activation = _heap[0].Activation;
        var last = _heap[--_heapCount];
        _heap[_heapCount] = default;
        if (_heapCount > 0)
        {
            SiftDown(0, last);
        }

        return true;
    }

    private static int Compare(in Entry a, in Entry b)
    {
        if (a.Key != b.Key)
        {
            return a.Key < b.Key ? -1 : 1;
        }

        // Equal packed keys: the same rule and first two sequences, or values too large to pack.
        var x = a.Activation;
        var y = b.Activation;
        if (x.Rule.Rank != y.Rule.Rank)
        {
            return x.Rule.Rank.CompareTo(y.Rule.Rank);
        }

        for (var i = 0; i < x.Width; i++)
        {
            var bySequence = x[i].Sequence.CompareTo(y[i].Sequence);
            if (bySequence != 0)
            {
                return bySequence;
            }
        }

        return 0;
    }

    // Pending entries become the sorted run when the run and the heap are both empty (one sort, then a
    // linear read); otherwise they join the heap one by one.
    private void Absorb()
    {
        if (_runStart >= _runCount && _heapCount == 0)
        {
            Array.Clear(_run, 0, _runCount);
            (_run, _pending) = (_pending, _run);
            _runStart = 0;
            _runCount = _pendingCount;
            _pendingCount = 0;
            Sort(_run.AsSpan(0, _runCount));
            return;
        }

        for (var i = 0; i < _pendingCount; i++)
        {
            if (_heapCount == _heap.Length)
            {
                Array.Resize(ref _heap, Math.Max(8, _heap.Length * 2));
            }

            _heap[_heapCount] = _pending[i];
            SiftUp(_heapCount++);
            _pending[i] = default;
        }

        _pendingCount = 0;
    }

    private void SiftUp(int i)
    {
        var item = _heap[i];
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (Compare(item, _heap[parent]) >= 0)
            {
                break;
            }

            _heap[i] = _heap[parent];
            i = parent;
        }

        _heap[i] = item;
    }

    private void SiftDown(int i, Entry item)
    {
        var items = _heap;
        var count = _heapCount;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Compare(items[child + 1], items[child]) < 0)
            {
                child++;
            }

            if (Compare(items[child], item) >= 0)
            {
                break;
            }

            items[i] = items[child];
            i = child;
        }

        items[i] = item;
    }

    /// <summary>Sorts entries into firing order: insertion sort for the short runs a facade call makes, else introsort.</summary>
    private static void Sort(Span<Entry> entries)
    {
        if (entries.Length > 24)
        {
            entries.Sort(ByOrder);
            return;
        }

        for (var i = 1; i < entries.Length; i++)
        {
            var item = entries[i];
            var j = i - 1;
            while (j >= 0 && Compare(entries[j], item) > 0)
            {
                entries[j + 1] = entries[j];
                j--;
            }

            entries[j + 1] = item;
        }
    }

    // One delegate for every sort: a comparer struct is boxed, and a fresh Comparison allocated, on each Sort call.
    private static readonly Comparison<Entry> ByOrder = static (x, y) => Compare(x, y);

    /// <summary>
    /// An activation with its sort key packed in one long: rule rank (19 bits, so the sign bit stays clear and
    /// keys compare as signed longs), then the first two fact sequences (22 bits each). A value too large to pack saturates its field and zeroes the
    /// ones after it, so such entries tie and <see cref="Compare(in Entry, in Entry)"/> decides from the activation.
    /// </summary>
    private readonly struct Entry
    {
        private const int SequenceBits = 22;
        private const long SequenceMax = (1L << SequenceBits) - 1;
        private const long RankMax = (1L << 19) - 1;

        public readonly long Key;
        public readonly Activation Activation;

        public Entry(Activation activation)
        {
            Activation = activation;
            long rank = activation.Rule.Rank;
            if (rank >= RankMax)
            {
                Key = RankMax << (2 * SequenceBits);
                return;
            }

            long first = activation[0].Sequence;
            if (first >= SequenceMax)
            {
                Key = (rank << (2 * SequenceBits)) | (SequenceMax << SequenceBits);
                return;
            }

            long second = activation.Width > 1 ? Math.Min(activation[1].Sequence, SequenceMax) : 0;
            Key = (rank << (2 * SequenceBits)) | (first << SequenceBits) | second;
        }
    }
}
