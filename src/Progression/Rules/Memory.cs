namespace Progression.Rules;

/// <summary>A fact in working memory. Retracting or updating a fact kills its handle (updates get a new one with the same sequence), so tuples that hold it are known to be stale.</summary>
internal sealed class FactHandle(object fact, int sequence)
{
    public object Fact { get; } = fact;

    /// <summary>Insertion order; kept by updates so a fact keeps its place among ties.</summary>
    public int Sequence { get; } = sequence;

    public bool Live { get; set; } = true;

    /// <summary>The rules whose Not/Exists conditions this fact entered; they must re-check parked tuples when it leaves.</summary>
    public List<CompiledRule>? ConditionRules { get; set; }
}

/// <summary>
/// A tuple of facts that matched a rule's patterns, waiting on the agenda. The first two handles
/// and their sequences sit in fields, so ordering two activations rarely leaves them; wider
/// tuples keep every handle in an array as well. Fired activations are chained into the trace.
/// </summary>
internal sealed class Activation
{
    private readonly FactHandle _h0;
    private readonly FactHandle? _h1;
    private readonly FactHandle[]? _all;

    public Activation(CompiledRule rule, FactHandle single)
    {
        Rule = rule;
        _h0 = single;
        Seq0 = single.Sequence;
        Width = 1;
    }

    public Activation(CompiledRule rule, FactHandle first, FactHandle second)
    {
        Rule = rule;
        _h0 = first;
        _h1 = second;
        Seq0 = first.Sequence;
        Seq1 = second.Sequence;
        Width = 2;
    }

    public Activation(CompiledRule rule, FactHandle[] all)
    {
        Rule = rule;
        _all = all;
        _h0 = all[0];
        _h1 = all[1];
        Seq0 = _h0.Sequence;
        Seq1 = _h1.Sequence;
        Width = all.Length;
    }

    public CompiledRule Rule { get; }

    public int Width { get; }

    public int Seq0 { get; }

    public int Seq1 { get; }

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
/// The conflict set as a binary heap: higher salience, then earlier-declared rule, then older
/// facts (by sequence, pattern by pattern) come first. Activations pushed while nothing is
/// being popped are only appended; the first pop turns them into a heap in linear time.
/// </summary>
internal sealed class Agenda
{
    private Activation[] _items = new Activation[8];
    private int _count;
    private int _heapCount;

    public int Count => _count;

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
        _heapCount = 0;
    }

    public void Push(Activation activation)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = activation;
    }

    public bool TryPop(out Activation activation)
    {
        if (_heapCount < _count)
        {
            Restore();
        }

        if (_count == 0)
        {
            activation = null!;
            return false;
        }

        activation = _items[0];
        var last = _items[--_count];
        _items[_count] = null!;
        _heapCount = _count;
        if (_count > 0)
        {
            SiftDown(0, last);
        }

        return true;
    }

    /// <summary>Negative when <paramref name="a"/> fires before <paramref name="b"/>.</summary>
    internal static int Compare(Activation a, Activation b)
    {
        var ra = a.Rule;
        var rb = b.Rule;
        if (!ReferenceEquals(ra, rb))
        {
            return ra.Salience != rb.Salience ? rb.Salience.CompareTo(ra.Salience) : ra.Order.CompareTo(rb.Order);
        }

        if (a.Seq0 != b.Seq0)
        {
            return a.Seq0 < b.Seq0 ? -1 : 1;
        }

        if (a.Seq1 != b.Seq1)
        {
            return a.Seq1 < b.Seq1 ? -1 : 1;
        }

        for (var i = 2; i < a.Width; i++)
        {
            var bySequence = a[i].Sequence.CompareTo(b[i].Sequence);
            if (bySequence != 0)
            {
                return bySequence;
            }
        }

        return 0;
    }

    // Appended items join the heap: one by one when few, by Floyd's linear heapify when many.
    private void Restore()
    {
        if (_count - _heapCount > _heapCount)
        {
            for (var i = (_count / 2) - 1; i >= 0; i--)
            {
                SiftDown(i, _items[i]);
            }
        }
        else
        {
            for (var i = _heapCount; i < _count; i++)
            {
                SiftUp(i);
            }
        }

        _heapCount = _count;
    }

    private void SiftUp(int i)
    {
        var item = _items[i];
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (Compare(item, _items[parent]) >= 0)
            {
                break;
            }

            _items[i] = _items[parent];
            i = parent;
        }

        _items[i] = item;
    }

    private void SiftDown(int i, Activation item)
    {
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Compare(_items[child + 1], _items[child]) < 0)
            {
                child++;
            }

            if (Compare(_items[child], item) >= 0)
            {
                break;
            }

            _items[i] = _items[child];
            i = child;
        }

        _items[i] = item;
    }
}
