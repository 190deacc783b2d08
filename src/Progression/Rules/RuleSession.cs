using System.Runtime.InteropServices;

namespace Progression.Rules;

/// <summary>
/// A working memory over a <see cref="RuleSet"/>: insert facts, call <see cref="Fire"/>, read
/// the facts, results and firings. Cheap to create; not thread-safe; meant for one evaluation.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> Among tuples ready to fire, higher salience fires first; then the rule
/// declared first; then the tuple whose facts were inserted first (compared pattern by pattern
/// on insertion order; an update keeps a fact's place).</para>
/// <para><b>Refraction.</b> A rule fires once per matching tuple. It fires again for a tuple only
/// when one of its facts is updated (<see cref="Update"/>) and the tuple still matches.</para>
/// <para><b>Chaining.</b> Facts inserted, updated or retracted by actions take effect at once and
/// can make other tuples ready; <see cref="Fire"/> returns when no tuple is ready.</para>
/// </remarks>
public sealed class RuleSession
{
    private readonly RuleSet _ruleSet;
    private readonly Dictionary<object, FactHandle> _handles = new(ReferenceEqualityComparer.Instance);

    // Facts the library itself made for this evaluation (see InsertNew): not yet in _handles, because hashing a new
    // object's identity is a good part of inserting it and most of these facts are never looked up. They move to
    // _handles the first time a fact has to be found.
    private List<FactHandle>? _unindexed;
    private const int ScanLimit = 32;
    private readonly AlphaMemory?[] _memories;
    private readonly Agenda _agenda = new();
    private readonly RuleContext _context;
    private readonly FactHandle[] _scratch;

    // What this evaluation touched, so a reset clears only that (a rule set has many memories; a call uses few).
    private readonly List<AlphaMemory> _inUse = [];
    private bool _parkedAny;

    // A recycled session (rented from its rule set, reset between evaluations) keeps the handles and activations it
    // made and hands them out again; entries past the used count are spares. Sessions made with CreateSession never
    // reset, so they allocate as usual.
    private const int MaxRecycled = 4_096;
    private readonly List<FactHandle>? _handlePool;
    private readonly List<Activation>? _activationPool;
    private int _handlesUsed;
    private int _activationsUsed;
    private List<Activation>?[]? _parked;
    private List<object>? _results;
    private int _nextSequence;
    private Activation? _firstFired;
    private Activation? _lastFired;
    private int _firedCount;
    private List<RuleFiring>? _firings;

    // The nodes of the fact types this session has met: a session sees few types, often alternating (a fact and
    // what its rules insert), so a short list beats the rule set's shared dictionary.
    private readonly List<(Type Type, AlphaNode[] Nodes)> _nodesByType = [];
    private bool _firing;

    internal RuleSession(RuleSet ruleSet, bool recycled = false)
    {
        _ruleSet = ruleSet;
        if (recycled)
        {
            _handlePool = [];
            _activationPool = [];
        }

        _memories = ruleSet.MemoryCount == 0 ? [] : new AlphaMemory?[ruleSet.MemoryCount];
        _scratch = new FactHandle[ruleSet.MaxWidth];
        _context = new RuleContext(this);
    }

    /// <summary>The rule set this session runs.</summary>
    public RuleSet RuleSet => _ruleSet;

    /// <summary>How many facts were inserted since the session was made or last reset (a measure of how much it grew).</summary>
    internal int Insertions => _nextSequence;

    /// <summary>How many facts are in working memory.</summary>
    public int FactCount => _handles.Count + (_unindexed?.Count ?? 0);

    /// <summary>Every rule firing so far, in order, with the facts each matched.</summary>
    /// <remarks>The trace costs nothing until read: fired activations are chained, and this list is built from the chain on demand. It is a snapshot: read it again after a later <see cref="Fire"/>.</remarks>
    public IReadOnlyList<RuleFiring> Firings
    {
        get
        {
            if (_firings is null || _firings.Count != _firedCount)
            {
                var firings = new List<RuleFiring>(_firedCount);
                for (var a = _firstFired; a is not null; a = a.NextFired)
                {
                    firings.Add(new RuleFiring(a, firings.Count));
                }

                _firings = firings;
            }

            return _firings;
        }
    }

    /// <summary>The results actions recorded with <see cref="RuleContext.Record"/>, in order.</summary>
    public IReadOnlyList<object> Results => (IReadOnlyList<object>?)_results ?? [];

    /// <summary>The results as a span, for the facade's own passes over them (no interface call per item).</summary>
    internal ReadOnlySpan<object> ResultSpan => _results is null ? [] : CollectionsMarshal.AsSpan(_results);

    /// <summary>Adds a fact to working memory. Tuples it completes become ready to fire.</summary>
    /// <param name="fact">The fact; the same object may be in working memory once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The fact is already in working memory (use <see cref="Update"/>).</exception>
    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        CheckRoomForInsert();

        if (_unindexed is { Count: > 0 })
        {
            // A few new facts are cheaper to scan than to index; many are indexed once.
            if (_unindexed.Count > ScanLimit)
            {
                IndexAll();
            }
            else
            {
                foreach (var known in _unindexed)
                {
                    if (ReferenceEquals(known.Fact, fact))
                    {
                        throw Duplicate(fact);
                    }
                }
            }
        }

        var handle = NewHandle(fact, _nextSequence);
        if (!_handles.TryAdd(fact, handle))
        {
            throw Duplicate(fact);
        }

        _nextSequence++;
        Propagate(handle);
    }

    /// <summary>
    /// Adds a fact the caller has just made, so it cannot be in working memory yet: the same as
    /// <see cref="Insert"/> without the duplicate check, and without indexing the fact until something
    /// has to find it (<see cref="Update"/>, <see cref="Retract"/>, <see cref="Replace"/>, <see cref="Contains"/>).
    /// </summary>
    internal void InsertNew(object fact)
    {
        CheckRoomForInsert();

        var handle = NewHandle(fact, _nextSequence++);
        (_unindexed ??= []).Add(handle);
        Propagate(handle);
    }

    /// <summary>Adds each fact in order, as <see cref="Insert"/> does.</summary>
    /// <param name="facts">The facts.</param>
    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.TryGetNonEnumeratedCount(out var count))
        {
            _handles.EnsureCapacity(_handles.Count + count);
        }

        foreach (var fact in facts)
        {
            Insert(fact);
        }
    }

    /// <summary>
    /// Tells the session that <paramref name="fact"/> changed: tuples holding it are dropped and
    /// matched again, so rules can fire again for it (this is how refraction is lifted).
    /// </summary>
    /// <param name="fact">A fact in working memory.</param>
    /// <exception cref="InvalidOperationException">The fact is not in working memory.</exception>
    public void Update(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var old = Find(fact, nameof(Update));
        Kill(old);
        var handle = NewHandle(fact, old.Sequence);
        _handles[fact] = handle;
        Propagate(handle);
    }

    /// <summary>Replaces an immutable fact by a new version: retracts <paramref name="existing"/> and inserts <paramref name="replacement"/>, which takes the place of the old fact in the firing order.</summary>
    /// <param name="existing">A fact in working memory.</param>
    /// <param name="replacement">The new version, not yet in working memory.</param>
    /// <exception cref="ArgumentNullException">Either argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="existing"/> is not in working memory, or <paramref name="replacement"/> already is.</exception>
    public void Replace(object existing, object replacement)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(replacement);
        var old = Find(existing, nameof(Replace));
        if (!ReferenceEquals(existing, replacement) && _handles.ContainsKey(replacement))
        {
            throw new InvalidOperationException($"The replacement {Describe(replacement)} is already in working memory.");
        }

        Kill(old);
        _handles.Remove(existing);
        var handle = NewHandle(replacement, old.Sequence);
        _handles[replacement] = handle;
        Propagate(handle);
    }

    /// <summary>Removes a fact; tuples holding it will not fire.</summary>
    /// <param name="fact">A fact in working memory.</param>
    /// <exception cref="InvalidOperationException">The fact is not in working memory.</exception>
    public void Retract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var handle = Find(fact, nameof(Retract));
        Kill(handle);
        _handles.Remove(fact);
    }

    /// <summary>Whether <paramref name="fact"/> (this very object) is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public bool Contains(object fact)
    {
        IndexAll();
        return fact is not null && _handles.ContainsKey(fact);
    }

    /// <summary>The facts of type <typeparamref name="T"/> in working memory, in insertion order.</summary>
    /// <typeparam name="T">The fact type (subtypes included).</typeparam>
    /// <returns>A snapshot list.</returns>
    public IReadOnlyList<T> Query<T>()
        where T : class
    {
        // The library's own facts (InsertNew) usually come before those actions insert, and the fact table keeps
        // insertion order until a fact leaves it; sort only when that order was broken.
        var facts = new List<T>();
        var ordered = true;
        var last = -1;
        foreach (var handle in _unindexed ?? [])
        {
            if (handle.Fact is T typed)
            {
                ordered &= handle.Sequence > last;
                last = handle.Sequence;
                facts.Add(typed);
            }
        }

        foreach (var handle in _handles.Values)
        {
            if (handle.Fact is T typed)
            {
                ordered &= handle.Sequence > last;
                last = handle.Sequence;
                facts.Add(typed);
            }
        }

        if (ordered)
        {
            return facts;
        }

        var found = new List<(int Sequence, T Fact)>(facts.Count);
        foreach (var handle in (_unindexed ?? []).Concat(_handles.Values))
        {
            if (handle.Fact is T typed)
            {
                found.Add((handle.Sequence, typed));
            }
        }

        found.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        return found.ConvertAll(static f => f.Fact);
    }

    /// <summary>
    /// Fires ready tuples, highest priority first, until none is left (quiescence).
    /// </summary>
    /// <returns>How many rules fired in this call.</returns>
    /// <exception cref="RuleExecutionException">An action threw, or rules kept firing past <see cref="RuleSetOptions.MaxFirings"/>.</exception>
    /// <exception cref="InvalidOperationException">Called from inside an action.</exception>
    public int Fire()
    {
        if (_firing)
        {
            throw new InvalidOperationException("Fire cannot be called from inside a rule action; the running Fire call already continues until no rule is ready.");
        }

        _firing = true;
        try
        {
            var limit = _ruleSet.Options.MaxFirings;
            var fired = 0;
            while (_agenda.TryPop(out var activation))
            {
                if (!activation.IsLive)
                {
                    continue;
                }

                var rule = activation.Rule;
                if (rule.Conditions.Length > 0 && !CheckConditions(activation))
                {
                    Park(activation);
                    continue;
                }

                if (fired == limit)
                {
                    // Not fired: keep it ready, so a later Fire call does not lose it.
                    _agenda.Push(activation);
                    throw Runaway(limit);
                }

                fired++;
                if (_lastFired is null)
                {
                    _firstFired = activation;
                }
                else
                {
                    _lastFired.NextFired = activation;
                }

                _lastFired = activation;
                _firedCount++;
                _context.Current = activation;
                try
                {
                    rule.Action(_context);
                }
                catch (Exception exception) when (exception is not RuleExecutionException)
                {
                    throw new RuleExecutionException(
                        $"The action of rule '{rule.Info.Id}' threw {exception.GetType().Name}: {exception.Message}",
                        [rule.Info.Id],
                        exception);
                }
            }

            return fired;
        }
        finally
        {
            _context.Current = null;
            _firing = false;
        }
    }

    /// <summary>
    /// Empties the session so the same rule set can use it again: what a pooled session does
    /// between evaluations. Capacities are kept; nothing from the last evaluation stays reachable.
    /// </summary>
    internal void Reset()
    {
        _handles.Clear();
        _unindexed?.Clear();
        for (var i = 0; i < _handlesUsed; i++)
        {
            _handlePool![i].Release();
        }

        for (var i = 0; i < _activationsUsed; i++)
        {
            _activationPool![i].Release();
        }

        _handlesUsed = 0;
        _activationsUsed = 0;
        foreach (var memory in _inUse)
        {
            memory.Clear();
        }

        _inUse.Clear();
        _agenda.Clear();
        if (_parkedAny)
        {
            foreach (var waiting in _parked!)
            {
                waiting?.Clear();
            }

            _parkedAny = false;
        }

        _results?.Clear();
        Array.Clear(_scratch);
        _firstFired = null;
        _lastFired = null;
        _firedCount = 0;
        _firings = null;
        _nextSequence = 0;
        _context.Current = null;
    }

    internal void Record(object result)
    {
        ArgumentNullException.ThrowIfNull(result);
        (_results ??= []).Add(result);
    }

    private FactHandle Find(object fact, string operation)
    {
        IndexAll();
        return _handles.TryGetValue(fact, out var handle)
            ? handle
            : throw new InvalidOperationException($"Cannot {operation.ToLowerInvariant()} {Describe(fact)}: it is not in working memory. Insert it first.");
    }

    private FactHandle NewHandle(object fact, int sequence)
    {
        if (_handlePool is null)
        {
            return new FactHandle(fact, sequence);
        }

        if (_handlesUsed < _handlePool.Count)
        {
            var spare = _handlePool[_handlesUsed++];
            spare.Reuse(fact, sequence);
            return spare;
        }

        var handle = new FactHandle(fact, sequence);
        if (_handlePool.Count < MaxRecycled)
        {
            _handlePool.Add(handle);
            _handlesUsed++;
        }

        return handle;
    }

    private Activation NewActivation(CompiledRule rule, FactHandle first, FactHandle? second)
    {
        if (_activationPool is not null && _activationsUsed < _activationPool.Count)
        {
            var spare = _activationPool[_activationsUsed++];
            spare.Reuse(rule, first, second);
            return spare;
        }

        return Keep(new Activation(rule, first, second));
    }

    private Activation NewActivation(CompiledRule rule, FactHandle[] all)
    {
        if (_activationPool is not null && _activationsUsed < _activationPool.Count)
        {
            var spare = _activationPool[_activationsUsed++];
            spare.Reuse(rule, all);
            return spare;
        }

        return Keep(new Activation(rule, all));
    }

    private Activation Keep(Activation activation)
    {
        if (_activationPool is not null && _activationPool.Count < MaxRecycled)
        {
            _activationPool.Add(activation);
            _activationsUsed++;
        }

        return activation;
    }

    private void CheckRoomForInsert()
    {
        if (_nextSequence == int.MaxValue)
        {
            throw new InvalidOperationException($"A session holds at most {int.MaxValue:N0} insertions; create a new session.");
        }
    }

    /// <summary>Moves the facts inserted with <see cref="InsertNew"/> into the fact table.</summary>
    private void IndexAll()
    {
        if (_unindexed is not { Count: > 0 })
        {
            return;
        }

        _handles.EnsureCapacity(_handles.Count + _unindexed.Count);
        foreach (var handle in _unindexed)
        {
            if (!_handles.TryAdd(handle.Fact, handle))
            {
                throw Duplicate(handle.Fact);
            }
        }

        _unindexed.Clear();
    }

    private static InvalidOperationException Duplicate(object fact)
        => new($"The fact {Describe(fact)} is already in working memory. Insert a fact once; call Update after changing it.");

    private static string Describe(object fact)
    {
        var text = fact.ToString();
        return text is null || text == fact.GetType().ToString() ? $"of type {fact.GetType().Name}" : $"'{text}'";
    }

    private void Kill(FactHandle handle)
    {
        handle.Live = false;
        if (handle.ConditionRules is { } rules)
        {
            foreach (var rule in rules)
            {
                Unpark(rule);
            }
        }
    }

    private void Propagate(FactHandle handle)
    {
        var nodes = NodesFor(handle.Fact.GetType());
        AlphaNode? current = null;
        try
        {
            foreach (var node in nodes)
            {
                current = node;
                if (!node.Accepts(handle.Fact))
                {
                    continue;
                }

                var rule = node.Rule;
                if (node.IsCondition)
                {
                    Memory(node).Add(handle);
                    (handle.ConditionRules ??= []).Add(rule);
                    Unpark(rule);
                }
                else if (node.MemoryId < 0)
                {
                    _agenda.Push(NewActivation(rule, handle, null));
                }
                else
                {
                    Memory(node).Add(handle);
                    _scratch[node.Position] = handle;
                    Extend(rule, rule.Plans[node.Position], 0);
                }
            }
        }
        catch (Exception exception) when (current is not null && exception is not RuleExecutionException)
        {
            // The fact stays in working memory, matched against the nodes before this one.
            var id = current.Rule.Info.Id;
            throw new RuleExecutionException(
                $"A filter, join key or test of rule '{id}' threw {exception.GetType().Name} while matching {Describe(handle.Fact)}: {exception.Message}",
                [id],
                exception);
        }
    }

    /// <summary>Binds the remaining positions of a tuple, step by step, and queues each complete tuple.</summary>
    private void Extend(CompiledRule rule, JoinStep[] plan, int stepIndex)
    {
        if (stepIndex == plan.Length)
        {
            if (rule.Width == 2)
            {
                _agenda.Push(NewActivation(rule, _scratch[0], _scratch[1]));
            }
            else
            {
                var handles = new FactHandle[rule.Width];
                Array.Copy(_scratch, handles, handles.Length);
                _agenda.Push(NewActivation(rule, handles));
            }

            return;
        }

        var step = plan[stepIndex];
        var memory = _memories[rule.Positives[step.Position].MemoryId];
        if (memory is null || !memory.InUse)
        {
            // Nothing has entered that position this evaluation (the common case while facts are still arriving).
            return;
        }

        var candidates = step.IndexSlot < 0 ? memory.Facts : memory.Probe(step.IndexSlot, _scratch[step.KeyFrom].Fact);
        if (candidates is null)
        {
            return;
        }

        var checks = step.Checks;
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            if (!candidate.Live)
            {
                continue;
            }

            _scratch[step.Position] = candidate;
            var pass = true;
            for (var k = 0; k < checks.Length && pass; k++)
            {
                var check = checks[k];
                pass = check.Relation.Matches(_scratch[check.SelfPosition].Fact, _scratch[check.OtherPosition].Fact);
            }

            if (pass)
            {
                Extend(rule, plan, stepIndex + 1);
            }
        }
    }

    private bool CheckConditions(Activation activation)
    {
        try
        {
            return ConditionsHold(activation);
        }
        catch (Exception exception)
        {
            throw new RuleExecutionException(
                $"A Not/Exists condition of rule '{activation.Rule.Info.Id}' threw {exception.GetType().Name}: {exception.Message}",
                [activation.Rule.Info.Id],
                exception);
        }
    }

    private bool ConditionsHold(Activation activation)
    {
        foreach (var condition in activation.Rule.Conditions)
        {
            var found = false;
            var memory = _memories[condition.Alpha.MemoryId];
            var candidates = memory is null
                ? null
                : condition.IndexSlot < 0 ? memory.Facts : memory.Probe(condition.IndexSlot, activation[condition.KeyFrom].Fact);
            if (candidates is not null)
            {
                for (var c = 0; c < candidates.Count && !found; c++)
                {
                    var candidate = candidates[c];
                    if (!candidate.Live)
                    {
                        continue;
                    }

                    found = true;
                    foreach (var check in condition.Checks)
                    {
                        if (!check.Relation.Matches(candidate.Fact, activation[check.OtherPosition].Fact))
                        {
                            found = false;
                            break;
                        }
                    }
                }
            }

            if (found == condition.Negated)
            {
                return false;
            }
        }

        return true;
    }

    private AlphaNode[] NodesFor(Type type)
    {
        foreach (var (known, nodes) in _nodesByType)
        {
            if (ReferenceEquals(known, type))
            {
                return nodes;
            }
        }

        var found = _ruleSet.NodesFor(type);
        if (_nodesByType.Count < 16)
        {
            _nodesByType.Add((type, found));
        }

        return found;
    }

    private AlphaMemory Memory(AlphaNode node)
    {
        var memory = _memories[node.MemoryId] ??= new AlphaMemory(node);
        if (!memory.InUse)
        {
            memory.InUse = true;
            _inUse.Add(memory);
        }

        return memory;
    }

    // A tuple whose Not/Exists conditions fail waits here until a fact enters or leaves one of
    // its rule's condition memories; then it goes back to the agenda to be checked again.
    private void Park(Activation activation)
    {
        _parked ??= new List<Activation>?[_ruleSet.CompiledRules.Length];
        (_parked[activation.Rule.Order] ??= []).Add(activation);
        _parkedAny = true;
    }

    private void Unpark(CompiledRule rule)
    {
        if (_parked?[rule.Order] is { Count: > 0 } waiting)
        {
            foreach (var activation in waiting)
            {
                _agenda.Push(activation);
            }

            waiting.Clear();
        }
    }

    private RuleExecutionException Runaway(int limit)
    {
        const int window = 1_000;
        var firings = Firings;
        var recent = firings.Skip(Math.Max(0, firings.Count - window))
            .GroupBy(f => f.Rule.Id)
            .Select(g => (Id: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .ToList();
        var names = string.Join(", ", recent.Select(r => $"'{r.Id}' ({r.Count})"));
        return new RuleExecutionException(
            $"Rules kept firing past the limit of {limit:N0} firings in one Fire call; in the last {Math.Min(window, firings.Count):N0} firings: {names}. "
            + "A rule whose action inserts or updates facts that match it again re-activates itself; add a condition its own action makes false, "
            + "or raise RuleSetOptions.MaxFirings if the work really is that large.",
            recent.ConvertAll(r => r.Id));
    }
}
