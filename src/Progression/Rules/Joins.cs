using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Progression.Rules;

/// <summary>A relation between two patterns of one rule: <see cref="Self"/> (which declared it) and <see cref="Other"/>.</summary>
internal abstract class PairRelation
{
    protected PairRelation(PatternDefinition self, PatternDefinition other)
    {
        Self = self;
        Other = other;
    }

    public PatternDefinition Self { get; }

    public PatternDefinition Other { get; }

    /// <summary>Whether the facts <paramref name="self"/> (for <see cref="Self"/>) and <paramref name="other"/> (for <see cref="Other"/>) are related.</summary>
    public abstract bool Matches(object self, object other);
}

/// <summary>A non-indexed test over two facts.</summary>
internal abstract class PairTest(PatternDefinition self, PatternDefinition other) : PairRelation(self, other);

internal sealed class PairTest<TSelf, TOther>(PatternDefinition self, PatternDefinition other, Func<TSelf, TOther, bool> test)
    : PairTest(self, other)
    where TSelf : class
    where TOther : class
{
    public override bool Matches(object self, object other) => test((TSelf)self, (TOther)other);
}

/// <summary>An equal-key join; it can build a hash index over either side.</summary>
internal abstract class KeyJoin(PatternDefinition self, PatternDefinition other) : PairRelation(self, other)
{
    /// <summary>An index over facts of <see cref="PairRelation.Self"/>, probed with a fact of <see cref="PairRelation.Other"/>.</summary>
    public abstract IKeyIndex CreateSelfIndex();

    /// <summary>An index over facts of <see cref="PairRelation.Other"/>, probed with a fact of <see cref="PairRelation.Self"/>.</summary>
    public abstract IKeyIndex CreateOtherIndex();
}

internal sealed class KeyJoin<TSelf, TOther, TKey>(
    PatternDefinition self,
    PatternDefinition other,
    Func<TSelf, TKey> selfKey,
    Func<TOther, TKey> otherKey)
    : KeyJoin(self, other)
    where TSelf : class
    where TOther : class
{
    public override bool Matches(object self, object other)
        => EqualityComparer<TKey>.Default.Equals(selfKey((TSelf)self), otherKey((TOther)other));

    public override IKeyIndex CreateSelfIndex() => new KeyIndex<TSelf, TOther, TKey>(selfKey, otherKey);

    public override IKeyIndex CreateOtherIndex() => new KeyIndex<TOther, TSelf, TKey>(otherKey, selfKey);
}

/// <summary>A hash index over the facts of one memory, keyed by one join key.</summary>
internal interface IKeyIndex
{
    void Add(FactHandle handle);

    /// <summary>The facts whose key equals the key of <paramref name="probe"/>, or <see langword="null"/>.</summary>
    List<FactHandle>? Probe(object probe);

    void Clear();
}

internal sealed class KeyIndex<TStored, TProbe, TKey>(Func<TStored, TKey> storedKey, Func<TProbe, TKey> probeKey) : IKeyIndex
    where TStored : class
    where TProbe : class
{
    // Dictionary refuses null keys, so facts whose key is null live in their own bucket;
    // EqualityComparer<TKey>.Default treats two nulls as equal, and so does this index.
#pragma warning disable CS8714 // Null keys never reach the dictionary: they go to _nullBucket.
    private readonly Dictionary<TKey, List<FactHandle>> _buckets = [];
#pragma warning restore CS8714
    private List<FactHandle>? _nullBucket;

    // Emptied buckets wait here for the next key, so a reused session does not allocate them again.
    private readonly Stack<List<FactHandle>> _spare = new();

    public void Add(FactHandle handle)
    {
        // Stored facts entered through a node of type TStored; probes come from a position of type TProbe.
        var key = storedKey(Unsafe.As<TStored>(handle.Fact));
        if (key is null)
        {
            (_nullBucket ??= NewBucket()).Add(handle);
            return;
        }

        // One hash of the key, whether or not its bucket exists yet.
#pragma warning disable CS8714 // key is not null here.
        ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets, key, out _);
#pragma warning restore CS8714
        (bucket ??= NewBucket()).Add(handle);
    }

    public List<FactHandle>? Probe(object probe)
    {
        var key = probeKey(Unsafe.As<TProbe>(probe));
        if (key is null)
        {
            return _nullBucket;
        }

        return _buckets.TryGetValue(key, out var bucket) ? bucket : null;
    }

    public void Clear()
    {
        foreach (var bucket in _buckets.Values)
        {
            Recycle(bucket);
        }

        _buckets.Clear();
        if (_nullBucket is not null)
        {
            Recycle(_nullBucket);
            _nullBucket = null;
        }
    }

    private List<FactHandle> NewBucket() => _spare.TryPop(out var bucket) ? bucket : [];

    private void Recycle(List<FactHandle> bucket)
    {
        // Very large buckets are let go rather than kept alive by the session.
        if (bucket.Capacity <= 256)
        {
            bucket.Clear();
            _spare.Push(bucket);
        }
    }
}
