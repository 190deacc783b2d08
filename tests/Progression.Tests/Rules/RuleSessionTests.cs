using Progression.Rules;

namespace Progression.Tests.Rules;

public class RuleSessionTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Insert_AFactAlreadyInsertedAsNew_ThrowsAsForAnyDuplicate(int newFacts)
    {
        // Below the scan limit the new facts are scanned; above it they are indexed first. Both refuse a duplicate.
        var session = new RuleSetBuilder().Build().CreateSession();
        var items = Enumerable.Range(0, newFacts).Select(i => new Item($"i{i}", i)).ToArray();
        foreach (var item in items)
        {
            session.InsertNew(item);
        }

        var error = Assert.Throws<InvalidOperationException>(() => session.Insert(items[^1]));
        Assert.Contains("already in working memory", error.Message, StringComparison.Ordinal);
        Assert.Equal(newFacts, session.FactCount);
    }

    [Fact]
    public void InsertNew_ThenUpdateRetractAndQuery_BehavesAsInsert()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("items.big", 0);
        var item = rule.Match<Item>(i => i.Value > 5);
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var session = builder.Build().CreateSession();
        var (a, b, c) = (new Item("a", 1), new Item("b", 9), new Item("c", 2));
        session.InsertNew(a);
        session.Insert(b);
        session.InsertNew(c);

        Assert.True(session.Contains(c));
        a.Value = 7;
        session.Update(a);
        session.Retract(b);
        session.Fire();

        Assert.Equal(["a"], session.Results);
        Assert.Equal([a, c], session.Query<Item>());
        Assert.Equal(2, session.FactCount);
    }

    [Fact]
    public void Rent_AfterReturn_TuplesParkedInTheLastEvaluationAreGone()
    {
        // "Item with no token": the item's tuple is parked while a token exists, and would fire once it leaves.
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("items.without-token", 0);
        var item = rule.Match<Item>();
        rule.Not<Token>();
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var ruleSet = builder.Build();
        var first = ruleSet.Rent();
        first.InsertAll([new Item("old", 1), new Token("t1")]);
        Assert.Equal(0, first.Fire());
        ruleSet.Return(first);

        var second = ruleSet.Rent();
        var token = new Token("t2");
        second.Insert(token);
        second.Retract(token);
        var fired = second.Fire();

        Assert.Same(first, second);
        Assert.Equal(0, fired);
        Assert.Empty(second.Results);
        Assert.Empty(second.Firings);
    }

    [Fact]
    public void Fire_SinglePattern_FiresOncePerMatchingFact()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("items.each", 0);
        var item = rule.Match<Item>();
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var session = builder.Build().CreateSession();
        session.InsertAll([new Item("a", 1), new Item("b", 2), new Token("t")]);

        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["a", "b"], session.Results);
    }

    [Fact]
    public void Fire_MatchAndWhereFilters_OnlyFactsPassingAllFiltersFire()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("items.filtered", 0);
        var item = rule.Match<Item>(i => i.Value > 1).Where(i => i.Value < 4);
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var session = builder.Build().CreateSession();
        session.InsertAll([new Item("v1", 1), new Item("v2", 2), new Item("v3", 3), new Item("v4", 4)]);

        session.Fire();

        Assert.Equal(["v2", "v3"], session.Results);
    }

    [Fact]
    public void Fire_PatternOverBaseClass_MatchesSubtypesButNotOtherTypes()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("animals.base", 0);
        var animal = rule.Match<Animal>();
        rule.Then(ctx => ctx.Record(ctx.Get(animal).Name));
        var session = builder.Build().CreateSession();
        session.InsertAll([new Dog("rex"), new Robot("r2"), new Cat("tom"), new Animal("generic")]);

        session.Fire();

        Assert.Equal(["rex", "tom", "generic"], session.Results);
    }

    [Fact]
    public void Fire_PatternOverInterface_MatchesEveryImplementation()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("animals.interface", 0);
        var animal = rule.Match<IAnimal>();
        rule.Then(ctx => ctx.Record(ctx.Get(animal).Name));
        var session = builder.Build().CreateSession();
        session.InsertAll([new Dog("rex"), new Robot("r2"), new Item("not-an-animal", 0)]);

        session.Fire();

        Assert.Equal(["rex", "r2"], session.Results);
    }

    [Fact]
    public void Fire_JoinOnKeys_PairsOnlyFactsWithEqualKeysIncludingSeveralMatches()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("join.keys", 0);
        var owner = rule.Match<Owner>();
        var item = rule.Match<Item>().JoinOn(owner, i => i.Group, o => o.Group);
        rule.Then(ctx => ctx.Record($"{ctx.Get(owner).Name}-{ctx.Get(item).Name}"));
        var session = builder.Build().CreateSession();
        session.InsertAll([
            new Owner("ann", "x"), new Owner("bob", "y"),
            new Item("i1", 0, "x"), new Item("i2", 0, "z"), new Item("i3", 0, "x"),
        ]);

        session.Fire();

        Assert.Equal(["ann-i1", "ann-i3"], session.Results);
    }

    [Fact]
    public void Fire_JoinOnNullKeys_NullEqualsNull()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("join.null", 0);
        var owner = rule.Match<Owner>();
        var item = rule.Match<Item>().JoinOn(owner, i => i.Group, o => o.Group);
        rule.Then(ctx => ctx.Record($"{ctx.Get(owner).Name}-{ctx.Get(item).Name}"));
        var session = builder.Build().CreateSession();
        session.InsertAll([new Owner("nobody", null), new Owner("ann", "x"), new Item("loose", 0, null), new Item("kept", 0, "x")]);

        session.Fire();

        Assert.Equal(["nobody-loose", "ann-kept"], session.Results);
    }

    [Fact]
    public void Fire_SelfJoinOfOneType_ProducesEveryOrderedPairIncludingAFactWithItself()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("join.self", 0);
        var left = rule.Match<Item>();
        var right = rule.Match<Item>().JoinOn(left, r => r.Group, l => l.Group);
        rule.Then(ctx => ctx.Record($"{ctx.Get(left).Name}{ctx.Get(right).Name}"));
        var session = builder.Build().CreateSession();
        session.InsertAll([new Item("a", 0, "g"), new Item("b", 0, "g"), new Item("c", 0, "other")]);

        session.Fire();

        Assert.Equal(["aa", "ab", "ba", "bb", "cc"], session.Results);
    }

    [Fact]
    public void Fire_PairTest_OnlyPairsPassingTheTestFire()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("pair.test", 0);
        var small = rule.Match<Item>();
        var big = rule.Match<Item>().Where(small, (b, s) => b.Value > s.Value);
        rule.Then(ctx => ctx.Record($"{ctx.Get(small).Name}<{ctx.Get(big).Name}"));
        var session = builder.Build().CreateSession();
        session.InsertAll([new Item("two", 2), new Item("one", 1), new Item("three", 3)]);

        session.Fire();

        Assert.Equal(["two<three", "one<two", "one<three"], session.Results);
    }

    [Fact]
    public void Fire_NotConditionBlocksUntilBlockerIsRetracted_ThenFires()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("not.block", 0);
        var owner = rule.Match<Owner>();
        rule.Not<Item>().JoinOn(owner, i => i.Group, o => o.Group);
        rule.Then(ctx => ctx.Record(ctx.Get(owner).Name));
        var session = builder.Build().CreateSession();
        var blocker = new Item("blocker", 0, "x");
        session.InsertAll([new Owner("ann", "x"), new Owner("bob", "y"), blocker, new Item("elsewhere", 0, "z")]);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["bob"], session.Results);

        session.Retract(blocker);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["bob", "ann"], session.Results);
    }

    [Fact]
    public void Fire_NotConditionBlockerInsertedByEarlierRule_PreventsLaterRule()
    {
        var builder = new RuleSetBuilder();
        var first = builder.Rule("not.first", 10);
        var owner = first.Match<Owner>();
        first.Then(ctx => ctx.Insert(new Item("blocker", 0, ctx.Get(owner).Group)));
        var second = builder.Rule("not.second", 0);
        var owner2 = second.Match<Owner>();
        second.Not<Item>().JoinOn(owner2, i => i.Group, o => o.Group);
        second.Then(ctx => ctx.Record(ctx.Get(owner2).Name));
        var session = builder.Build().CreateSession();
        session.Insert(new Owner("ann", "x"));

        Assert.Equal(1, session.Fire());
        Assert.Empty(session.Results);
    }

    [Fact]
    public void Fire_ExistsWithManySupportingFacts_FiresOncePerTuple()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("exists.once", 0);
        var owner = rule.Match<Owner>();
        rule.Exists<Item>().JoinOn(owner, i => i.Group, o => o.Group);
        rule.Then(ctx => ctx.Record(ctx.Get(owner).Name));
        var session = builder.Build().CreateSession();
        session.InsertAll([new Owner("ann", "x"), new Owner("bob", "y")]);
        session.InsertAll(Enumerable.Range(0, 5).Select(i => (object)new Item($"i{i}", i, "x")));

        Assert.Equal(1, session.Fire());
        session.Insert(new Item("more", 0, "x"));
        Assert.Equal(0, session.Fire());
        Assert.Equal(["ann"], session.Results);
    }

    [Fact]
    public void Fire_ExistsWithoutSupportingFact_WaitsUntilOneIsInserted()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("exists.wait", 0);
        var owner = rule.Match<Owner>();
        rule.Exists<Item>(i => i.Value > 5).JoinOn(owner, i => i.Group, o => o.Group);
        rule.Then(ctx => ctx.Record(ctx.Get(owner).Name));
        var session = builder.Build().CreateSession();
        session.InsertAll([new Owner("ann", "x"), new Item("small", 1, "x")]);

        Assert.Equal(0, session.Fire());
        session.Insert(new Item("big", 9, "x"));
        Assert.Equal(1, session.Fire());
        Assert.Equal(["ann"], session.Results);
    }

    [Fact]
    public void Fire_DifferentSaliences_HigherSalienceFiresFirst()
    {
        var builder = new RuleSetBuilder();
        foreach (var (id, salience) in new[] { ("low", -5), ("high", 100), ("mid", 0) })
        {
            var rule = builder.Rule(id, salience);
            rule.Match<Token>();
            rule.Then(ctx => ctx.Record(ctx.Rule.Id));
        }

        var session = builder.Build().CreateSession();
        session.Insert(new Token("t"));

        session.Fire();

        Assert.Equal(["high", "mid", "low"], session.Results);
    }

    [Fact]
    public void Fire_EqualSalience_RuleOrderThenInsertionOrder()
    {
        var builder = new RuleSetBuilder();
        foreach (var id in new[] { "b-first-declared", "a-second-declared" })
        {
            var rule = builder.Rule(id, 0);
            var item = rule.Match<Item>();
            rule.Then(ctx => ctx.Record($"{ctx.Rule.Id}:{ctx.Get(item).Name}"));
        }

        var session = builder.Build().CreateSession();
        session.InsertAll([new Item("z-first-inserted", 0), new Item("y-second-inserted", 0)]);

        session.Fire();

        Assert.Equal(
            ["b-first-declared:z-first-inserted", "b-first-declared:y-second-inserted", "a-second-declared:z-first-inserted", "a-second-declared:y-second-inserted"],
            session.Results);
    }

    [Fact]
    public void Fire_EqualSalienceTwoPatterns_TuplesOrderedLexicographicallyByInsertion()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("pairs", 0);
        var first = rule.Match<Item>();
        var second = rule.Match<Token>();
        rule.Then(ctx => ctx.Record($"{ctx.Get(first).Name}{ctx.Get(second).Name}"));
        var session = builder.Build().CreateSession();
        // Sequences: t1=0, b=1, t2=2, a=3.
        session.InsertAll([new Token("1"), new Item("b", 0), new Token("2"), new Item("a", 0)]);

        session.Fire();

        Assert.Equal(["b1", "b2", "a1", "a2"], session.Results);
    }

    [Fact]
    public void Fire_ReplacedRuleInBuilder_KeepsItsDeclarationPosition()
    {
        var builder = new RuleSetBuilder();
        foreach (var id in new[] { "one", "two", "three" })
        {
            var rule = builder.Rule(id, 0);
            rule.Match<Token>();
            rule.Then(ctx => ctx.Record(ctx.Rule.Id));
        }

        var replaced = builder.Replace("one").Described();
        replaced.Match<Token>();
        replaced.Then(ctx => ctx.Record("one-v2"));
        builder.Remove("two");
        var rules = builder.Build();
        var session = rules.CreateSession();
        session.Insert(new Token("t"));

        session.Fire();

        Assert.Equal(["one", "three"], rules.Rules.Select(r => r.Id));
        Assert.Equal(["one-v2", "three"], session.Results);
    }

    [Fact]
    public void Fire_CalledAgainWithoutChanges_FiresNothing()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("refraction", 0);
        var item = rule.Match<Item>();
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var session = builder.Build().CreateSession();
        session.Insert(new Item("a", 0));

        Assert.Equal(1, session.Fire());
        Assert.Equal(0, session.Fire());
        Assert.Single(session.Firings);
    }

    [Fact]
    public void Update_FactOfFiredTuple_TupleFiresAgainWhenStillMatching()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("update.refire", 0);
        var item = rule.Match<Item>(i => i.Value < 10);
        rule.Then(ctx => ctx.Record($"{ctx.Get(item).Name}={ctx.Get(item).Value}"));
        var session = builder.Build().CreateSession();
        var a = new Item("a", 1);
        session.Insert(a);
        session.Fire();

        a.Value = 2;
        session.Update(a);
        Assert.Equal(1, session.Fire());
        a.Value = 50;
        session.Update(a);
        Assert.Equal(0, session.Fire());

        Assert.Equal(["a=1", "a=2"], session.Results);
    }

    [Fact]
    public void Update_FactChangesJoinKey_JoinFollowsTheNewKey()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("update.key", 0);
        var owner = rule.Match<Owner>();
        var item = rule.Match<Item>().JoinOn(owner, i => i.Group, o => o.Group);
        rule.Then(ctx => ctx.Record($"{ctx.Get(owner).Name}-{ctx.Get(item).Name}"));
        var session = builder.Build().CreateSession();
        var moving = new Item("moving", 0, "x");
        session.InsertAll([new Owner("ann", "x"), new Owner("bob", "y"), moving]);
        session.Fire();

        moving.Group = "y";
        session.Update(moving);
        session.Fire();

        Assert.Equal(["ann-moving", "bob-moving"], session.Results);
    }

    [Fact]
    public void Update_KeepsTheFactsPlaceInTheTieOrder()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("update.order", 0);
        var item = rule.Match<Item>();
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var session = builder.Build().CreateSession();
        var first = new Item("first", 0);
        session.InsertAll([first, new Item("second", 0)]);
        session.Update(first);

        session.Fire();

        Assert.Equal(["first", "second"], session.Results);
    }

    [Fact]
    public void Replace_OldFactIsGoneAndNewFactTakesItsPlace()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("replace", 0);
        var item = rule.Match<Item>();
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var session = builder.Build().CreateSession();
        var old = new Item("old", 0);
        var replacement = new Item("new", 0);
        session.InsertAll([old, new Item("later", 0)]);

        session.Replace(old, replacement);
        session.Fire();

        Assert.False(session.Contains(old));
        Assert.True(session.Contains(replacement));
        Assert.Equal(["new", "later"], session.Results);
        Assert.Equal(["new", "later"], session.Query<Item>().Select(i => i.Name));
    }

    [Fact]
    public void Retract_BeforeFire_PreventsFiring()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("retract", 0);
        var item = rule.Match<Item>();
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var session = builder.Build().CreateSession();
        var gone = new Item("gone", 0);
        session.InsertAll([gone, new Item("kept", 0)]);

        session.Retract(gone);
        session.Fire();

        Assert.Equal(["kept"], session.Results);
        Assert.Equal(1, session.FactCount);
    }

    [Fact]
    public void Retract_ByEarlierFiringInSameFire_PreventsLaterTuple()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("retract.inside", 0);
        var item = rule.Match<Item>();
        rule.Then(ctx =>
        {
            ctx.Record(ctx.Get(item).Name);
            foreach (var other in ctx.Session.Query<Item>().Where(i => !ReferenceEquals(i, ctx.Get(item))).ToList())
            {
                ctx.Retract(other);
            }
        });
        var session = builder.Build().CreateSession();
        session.InsertAll([new Item("a", 0), new Item("b", 0), new Item("c", 0)]);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["a"], session.Results);
    }

    [Fact]
    public void Fire_ActionInsertsFact_RuleOnThatFactFiresInSameCall()
    {
        var builder = new RuleSetBuilder();
        var derive = builder.Rule("chain.derive", 0);
        var item = derive.Match<Item>();
        derive.Then(ctx => ctx.Insert(new Token("from-" + ctx.Get(item).Name)));
        var consume = builder.Rule("chain.consume", 0);
        var token = consume.Match<Token>();
        consume.Then(ctx => ctx.Record(ctx.Get(token).Name));
        var session = builder.Build().CreateSession();
        session.Insert(new Item("a", 0));

        Assert.Equal(2, session.Fire());
        Assert.Equal(["from-a"], session.Results);
        Assert.Equal(["chain.derive", "chain.consume"], session.Firings.Select(f => f.Rule.Id));
    }

    [Fact]
    public void Fire_RuleReactivatesItselfForever_ThrowsNamingTheRule()
    {
        var builder = new RuleSetBuilder();
        var loop = builder.Rule("loop.forever", 0);
        var item = loop.Match<Item>();
        loop.Then(ctx =>
        {
            var fact = ctx.Get(item);
            fact.Value++;
            ctx.Update(fact);
        });
        var session = builder.Build(new RuleSetOptions { MaxFirings = 50 }).CreateSession();
        session.Insert(new Item("a", 0));

        var error = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(["loop.forever"], error.RuleIds);
        Assert.Contains("'loop.forever'", error.Message, StringComparison.Ordinal);
        Assert.Contains("50", error.Message, StringComparison.Ordinal);
        Assert.Equal(50, session.Firings.Count);
    }

    [Fact]
    public void Fire_AfterRunawayException_NextCallFiresTheTuplesLeft()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("bounded", 0);
        var item = rule.Match<Item>();
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var session = builder.Build(new RuleSetOptions { MaxFirings = 2 }).CreateSession();
        session.InsertAll([new Item("a", 0), new Item("b", 0), new Item("c", 0)]);

        Assert.Throws<RuleExecutionException>(() => session.Fire());
        Assert.Equal(1, session.Fire());

        Assert.Equal(["a", "b", "c"], session.Results);
    }

    [Fact]
    public void Fire_AfterActionException_NextCallFiresTheOtherTuples()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("fragile", 0);
        var item = rule.Match<Item>();
        rule.Then(ctx =>
        {
            if (ctx.Get(item).Value < 0)
            {
                throw new InvalidOperationException("negative");
            }

            ctx.Record(ctx.Get(item).Name);
        });
        var session = builder.Build().CreateSession();
        session.InsertAll([new Item("a", 0), new Item("bad", -1), new Item("c", 0)]);

        Assert.Throws<RuleExecutionException>(() => session.Fire());
        Assert.Equal(1, session.Fire());

        Assert.Equal(["a", "c"], session.Results);
    }

    [Fact]
    public void RuleContext_UsedAfterItsAction_Throws()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("leaky", 0);
        var item = rule.Match<Item>();
        RuleContext? leaked = null;
        rule.Then(ctx => leaked = ctx);
        var session = builder.Build().CreateSession();
        session.Insert(new Item("a", 0));
        session.Fire();

        Assert.NotNull(leaked);
        Assert.Throws<InvalidOperationException>(() => leaked.Get(item));
    }

    [Fact]
    public void Fire_ExactlyMaxFirings_DoesNotThrow()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("bounded", 0);
        var item = rule.Match<Item>();
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var session = builder.Build(new RuleSetOptions { MaxFirings = 3 }).CreateSession();
        session.InsertAll([new Item("a", 0), new Item("b", 0), new Item("c", 0)]);

        Assert.Equal(3, session.Fire());
    }

    [Fact]
    public void Fire_ActionThrows_WrappedWithRuleId()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("explodes", 0);
        rule.Match<Item>();
        rule.Then(_ => throw new FormatException("boom"));
        var session = builder.Build().CreateSession();
        session.Insert(new Item("a", 0));

        var error = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(["explodes"], error.RuleIds);
        Assert.Contains("'explodes'", error.Message, StringComparison.Ordinal);
        var inner = Assert.IsType<FormatException>(error.InnerException);
        Assert.Equal("boom", inner.Message);
    }

    [Fact]
    public void Get_PatternOfAnotherRule_Throws()
    {
        var builder = new RuleSetBuilder();
        var other = builder.Rule("other", -1);
        var otherItem = other.Match<Item>();
        other.Then(_ => { });
        var rule = builder.Rule("reader", 0);
        rule.Match<Item>();
        rule.Then(ctx => ctx.Get(otherItem));
        var session = builder.Build().CreateSession();
        session.Insert(new Item("a", 0));

        var error = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(["reader"], error.RuleIds);
        var inner = Assert.IsType<ArgumentException>(error.InnerException);
        Assert.Contains("'other'", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_SameObjectTwice_Throws()
    {
        var session = EmptyRuleSet().CreateSession();
        var item = new Item("a", 0);
        session.Insert(item);

        Assert.Throws<InvalidOperationException>(() => session.Insert(item));
        Assert.Equal(1, session.FactCount);
    }

    [Fact]
    public void Insert_EqualButDistinctObjects_BothKept()
    {
        var session = EmptyRuleSet().CreateSession();

        session.InsertAll([new Token("same"), new Token("same")]);

        Assert.Equal(2, session.FactCount);
    }

    [Fact]
    public void Update_UnknownFact_Throws()
    {
        var session = EmptyRuleSet().CreateSession();

        Assert.Throws<InvalidOperationException>(() => session.Update(new Item("stranger", 0)));
    }

    [Fact]
    public void Retract_UnknownOrAlreadyRetractedFact_Throws()
    {
        var session = EmptyRuleSet().CreateSession();
        var item = new Item("a", 0);
        session.Insert(item);
        session.Retract(item);

        Assert.Throws<InvalidOperationException>(() => session.Retract(item));
        Assert.Throws<InvalidOperationException>(() => session.Retract(new Item("stranger", 0)));
    }

    [Fact]
    public void Fire_CalledInsideAction_Throws()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("reentrant", 0);
        rule.Match<Item>();
        rule.Then(ctx => ctx.Session.Fire());
        var session = builder.Build().CreateSession();
        session.Insert(new Item("a", 0));

        var error = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(["reentrant"], error.RuleIds);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void Query_ReturnsFactsOfTypeInInsertionOrder()
    {
        var session = EmptyRuleSet().CreateSession();
        var dog = new Dog("rex");
        session.InsertAll([new Cat("tom"), new Item("x", 0), dog, new Animal("generic")]);
        session.Update(session.Query<Cat>()[0]);

        Assert.Equal(["tom", "rex", "generic"], session.Query<Animal>().Select(a => a.Name));
        Assert.Equal([dog], session.Query<Dog>());
        Assert.Empty(session.Query<Robot>());
    }

    [Fact]
    public void Firings_ListMatchedFactsInPatternOrder()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("firing.facts", 0);
        var token = rule.Match<Token>();
        var item = rule.Match<Item>();
        var owner = rule.Match<Owner>().JoinOn(item, o => o.Group, i => i.Group);
        rule.Then(_ => { });
        var session = builder.Build().CreateSession();
        var o = new Owner("ann", "x");
        var i = new Item("i", 0, "x");
        var t = new Token("t");
        session.InsertAll([o, i, t]);

        session.Fire();

        var firing = Assert.Single(session.Firings);
        Assert.Equal("firing.facts", firing.Rule.Id);
        Assert.Equal(0, firing.Index);
        Assert.Equal(3, firing.Facts.Count);
        Assert.Same(t, firing.Facts[0]);
        Assert.Same(i, firing.Facts[1]);
        Assert.Same(o, firing.Facts[2]);
    }

    private static RuleSet EmptyRuleSet()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("never", 0);
        rule.Match<Token>(_ => false);
        rule.Then(_ => { });
        return builder.Build();
    }
}
