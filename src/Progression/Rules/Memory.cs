namespace Progression.Rules;

/// <summary>A fact in working memory. Retracting or updating a fact kills its handle (updates get a new one with the same sequence), so tuples that hold it are known to be stale.</summary>
internal sealed class FactHandle(object fact, long sequence)
{
    public object Fact { get; } = fact;

    /// <summary>Insertion order; kept by updates so a fact keeps its place among ties.</summary>
    public long Sequence { get; } = sequence;

    public bool Live { get; set; } = true;

    /// <summary>The rules whose Not/Exists conditions this fact entered; they must re-check parked tuples when it leaves.</summary>
    public List<CompiledRule>? ConditionRules { get; set; }
}

/// <summary>A tuple of facts that matched a rule's patterns, waiting on the agenda.</summary>
internal sealed class Activation
{
    private readonly FactHandle? _single;
    private readonly FactHandle[]? _many;

    public Activation(CompiledRule rule, FactHandle single)
    {
        Rule = rule;
        _single = single;
    }

    public Activation(CompiledRule rule, FactHandle[] many)
    {
        Rule = rule;
        _many = many;
    }

    public CompiledRule Rule { get; }

    public int Width => _many?.Length ?? 1;

    public FactHandle this[int position] => _many is null ? _single! : _many[position];

    public bool IsLive
    {
        get
        {
            if (_many is null)
            {
                return _single!.Live;
            }

            foreach (var handle in _many)
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

/// <summary>The conflict set as a binary heap: higher salience, then earlier-declared rule, then older facts (by sequence, pattern by pattern) come first.</summary>
internal sealed class Agenda
{
    private Activation[] _items = new Activation[16];
    private int _count;

    public int Count => _count;

    public void Push(Activation activation)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (Compare(activation, _items[parent]) >= 0)
            {
                break;
            }

            _items[i] = _items[parent];
            i = parent;
        }

        _items[i] = activation;
    }

    public bool TryPop(out Activation activation)
    {
        if (_count == 0)
        {
            activation = null!;
            return false;
        }

        activation = _items[0];
        var last = _items[--_count];
        _items[_count] = null!;
        if (_count > 0)
        {
            var i = 0;
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

                if (Compare(_items[child], last) >= 0)
                {
                    break;
                }

                _items[i] = _items[child];
                i = child;
            }

            _items[i] = last;
        }

        return true;
    }

    /// <summary>Negative when <paramref name="a"/> fires before <paramref name="b"/>.</summary>
    internal static int Compare(Activation a, Activation b)
    {
        if (a.Rule.Salience != b.Rule.Salience)
        {
            return b.Rule.Salience.CompareTo(a.Rule.Salience);
        }

        if (a.Rule.Order != b.Rule.Order)
        {
            return a.Rule.Order.CompareTo(b.Rule.Order);
        }

        var width = a.Width;
        for (var i = 0; i < width; i++)
        {
            var bySequence = a[i].Sequence.CompareTo(b[i].Sequence);
            if (bySequence != 0)
            {
                return bySequence;
            }
        }

        return 0;
    }
}
