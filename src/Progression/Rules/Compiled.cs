namespace Progression.Rules;

/// <summary>A rule after compilation: its nodes and, for each positive pattern, the plan that joins a new fact of that pattern with the others.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(RuleBuilder definition, int order)
    {
        Definition = definition;
        Order = order;
        Salience = definition.SalienceValue;
        Action = definition.Action!;
        Info = new RuleInfo(
            definition.Id,
            definition.Description,
            Salience,
            order,
            Array.AsReadOnly(definition.Positives.Select(p => p.FactType).ToArray()),
            Array.AsReadOnly(definition.Conditions.Select(p => p.FactType).ToArray()));
    }

    public RuleBuilder Definition { get; }

    public RuleInfo Info { get; }

    public int Order { get; }

    public int Salience { get; }

    /// <summary>The rule's place in firing priority among all rules (salience descending, then declaration order); lower fires first.</summary>
    public int Rank { get; set; }

    public Action<RuleContext> Action { get; }

    public AlphaNode[] Positives { get; set; } = [];

    public ConditionNode[] Conditions { get; set; } = [];

    /// <summary>For each positive position, the steps that bind the other positions once a fact arrives there.</summary>
    public JoinStep[][] Plans { get; set; } = [];

    public int Width => Positives.Length;
}

/// <summary>One pattern or condition of one rule: the filter a fact must pass to enter its memory.</summary>
internal sealed class AlphaNode(CompiledRule rule, PatternDefinition definition)
{
    public CompiledRule Rule { get; } = rule;

    public PatternDefinition Definition { get; } = definition;

    private readonly Func<object, bool> _accepts = definition.FreezeFilters();

    // Read for every fact that reaches the node: kept here rather than behind Definition.
    public bool IsCondition { get; } = definition.Kind != PatternKind.Positive;

    public int Position { get; } = definition.Index;

    /// <summary>Index of this node's memory in a session, or -1 when the node needs none (the only pattern of a rule).</summary>
    public int MemoryId { get; set; } = -1;

    private readonly List<(KeyJoin Join, bool SelfSide)> _indexKeys = [];

    /// <summary>Makers of the hash indexes kept over this node's memory, by slot.</summary>
    public List<Func<IKeyIndex>> IndexFactories { get; } = [];

    /// <summary>The slot of the index over this node's memory for one side of <paramref name="join"/>, added on first use.</summary>
    public int IndexSlotFor(KeyJoin join, bool selfSide)
    {
        var slot = _indexKeys.IndexOf((join, selfSide));
        if (slot >= 0)
        {
            return slot;
        }

        _indexKeys.Add((join, selfSide));
        IndexFactories.Add(selfSide ? join.CreateSelfIndex : join.CreateOtherIndex);
        return IndexFactories.Count - 1;
    }

    public bool Accepts(object fact) => _accepts(fact);
}

/// <summary>A test between the fact bound at <see cref="SelfPosition"/> and the one at <see cref="OtherPosition"/>.</summary>
internal readonly struct Check(PairRelation relation, int selfPosition, int otherPosition)
{
    public PairRelation Relation { get; } = relation;

    public int SelfPosition { get; } = selfPosition;

    public int OtherPosition { get; } = otherPosition;
}

/// <summary>Binds one more position: probe an index (or scan the memory), then run the checks that became decidable.</summary>
internal sealed class JoinStep(int position, int indexSlot, int keyFrom, Check[] checks)
{
    public int Position { get; } = position;

    /// <summary>The index slot in the memory of <see cref="Position"/>, or -1 to scan the whole memory.</summary>
    public int IndexSlot { get; } = indexSlot;

    /// <summary>The bound position whose fact is the probe.</summary>
    public int KeyFrom { get; } = keyFrom;

    public Check[] Checks { get; } = checks;
}

/// <summary>A Not or Exists condition, checked against a tuple when it reaches the top of the agenda.</summary>
internal sealed class ConditionNode(AlphaNode alpha, int indexSlot, int keyFrom, Check[] checks)
{
    public AlphaNode Alpha { get; } = alpha;

    public bool Negated => Alpha.Definition.Kind == PatternKind.Not;

    public int IndexSlot { get; } = indexSlot;

    public int KeyFrom { get; } = keyFrom;

    /// <summary>Checks between a candidate fact (self, position -1) and the tuple's facts (other position).</summary>
    public Check[] Checks { get; } = checks;
}
