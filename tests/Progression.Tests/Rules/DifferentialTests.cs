using FsCheck;
using FsCheck.Fluent;
using Progression.Rules;

namespace Progression.Tests.Rules;

/// <summary>Random rule sets, run by the engine and by <see cref="ReferenceEvaluator"/>; both must fire the same tuples in the same order.</summary>
public class DifferentialTests
{
    private const int MaxFirings = 40;

    [Fact]
    public void Fire_RandomRulesAndFacts_SameFiringsAndFactsAsReferenceEvaluator()
        => ForAllScenarios(300, ("Engine", s => RunEngine(s)), ("Reference", RunReference));

    // The facade keeps spare sessions and resets them between calls; a reset session must carry nothing over
    // (memories, parked tuples, join buckets, the trace) from the evaluation before.
    [Fact]
    public void Fire_OnARecycledSession_SameOutcomeAsAFreshSession()
        => ForAllScenarios(200, ("Fresh session", s => RunEngine(s)), ("Recycled session", s => RunEngine(s, recycle: true)));

    // The facade inserts the facts it makes with InsertNew (indexed only when a rule must find one); actions then
    // update, replace and retract them like any other fact.
    [Fact]
    public void Fire_InitialFactsInsertedAsNew_SameOutcomeAsInsert()
        => ForAllScenarios(200, ("Insert", s => RunEngine(s)), ("InsertNew", s => RunEngine(s, insertNew: true)));

    /// <summary>Checks that two ways of running random scenarios agree, showing the scenario and both outcomes when not.</summary>
    private static void ForAllScenarios(int tests, (string Name, Func<Scenario, string> Run) one, (string Name, Func<Scenario, string> Run) other)
        => Prop.ForAll(ScenarioGen().ToArbitrary(), scenario =>
            {
                var (a, b) = (one.Run(scenario), other.Run(scenario));
                return a == b
                    ? true
                    : throw new InvalidOperationException(
                        $"{one.Name} and {other.Name} differ.{Environment.NewLine}Scenario:{Environment.NewLine}{scenario}{Environment.NewLine}"
                        + $"{one.Name}:{Environment.NewLine}{a}{Environment.NewLine}{other.Name}:{Environment.NewLine}{b}");
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(tests));

    // ---- Facts ---------------------------------------------------------------------------

    internal abstract class DFact(int id, int key, int value, int level)
    {
        public int Id { get; } = id;

        public int Key { get; set; } = key;

        public int Value { get; set; } = value;

        public int Level { get; set; } = level;

        public override string ToString() => $"{GetType().Name}#{Id}(k{Key},v{Value},l{Level})";
    }

    internal sealed class FA(int id, int key, int value, int level) : DFact(id, key, value, level);

    internal sealed class FB(int id, int key, int value, int level) : DFact(id, key, value, level);

    internal sealed class FC(int id, int key, int value, int level) : DFact(id, key, value, level);

    private static readonly string[] TypeNames = ["FA", "FB", "FC", "DFact"];

    private static readonly Type[] Types = [typeof(FA), typeof(FB), typeof(FC), typeof(DFact)];

    private static DFact NewFact(int type, int id, int key, int value, int level) => type switch
    {
        0 => new FA(id, key, value, level),
        1 => new FB(id, key, value, level),
        _ => new FC(id, key, value, level),
    };

    // ---- Specs (plain data) --------------------------------------------------------------

    internal sealed record FilterSpec(int Kind, int Operand)
    {
        public bool Holds(DFact f) => Kind switch
        {
            0 => true,
            1 => f.Value >= Operand,
            2 => f.Value % 2 == Operand % 2,
            _ => f.Key != Operand,
        };

        public override string ToString() => Kind switch
        {
            0 => "any",
            1 => $"v>={Operand}",
            2 => $"v%2=={Operand % 2}",
            _ => $"k!={Operand}",
        };
    }

    /// <summary>Key selectors: 0 Key, 1 Value, 2 Key but null when Key is 0 (null keys must join each other).</summary>
    private static int? Select(int selector, DFact f) => selector switch
    {
        0 => f.Key,
        1 => f.Value,
        _ => f.Key == 0 ? null : f.Key,
    };

    private static string SelectorName(int selector) => selector switch { 0 => "k", 1 => "v", _ => "k?" };

    private static bool Test(int kind, DFact a, DFact b) => kind switch
    {
        0 => a.Value < b.Value,
        1 => a.Value != b.Value,
        _ => (a.Key + b.Value) % 2 == 0,
    };

    private static string TestName(int kind) => kind switch { 0 => "a.v<b.v", 1 => "a.v!=b.v", _ => "(a.k+b.v)even" };

    internal sealed record JoinSpec(int From, int To, int FromSelector, int ToSelector)
    {
        public override string ToString() => $"p{From}.{SelectorName(FromSelector)}==p{To}.{SelectorName(ToSelector)}";
    }

    internal sealed record TestSpec(int From, int To, int Kind)
    {
        public override string ToString() => $"test(p{From},p{To}):{TestName(Kind)}";
    }

    internal sealed record ConditionSpec(bool Negated, int Type, FilterSpec Filter, JoinSpec? Join, JoinSpec? Join2, TestSpec? Test)
    {
        public IEnumerable<JoinSpec> Joins => new[] { Join, Join2 }.OfType<JoinSpec>();

        public override string ToString()
            => $"{(Negated ? "Not" : "Exists")}<{TypeNames[Type]}>({Filter}) joins:[{string.Join(", ", Joins)}] {Test?.ToString() ?? ""}";
    }

    /// <summary>Kind: 0 record, 1 insert a derived fact of <see cref="Type"/>, 2 retract, 3 update (value+1, level+1), 4 replace by a new fact of <see cref="Type"/>.</summary>
    internal sealed record ActionSpec(int Kind, int Position, int Type)
    {
        public override string ToString() => Kind switch
        {
            0 => "record",
            1 => $"insert {TypeNames[Type]} from p{Position}",
            2 => $"retract p{Position}",
            3 => $"update p{Position}",
            _ => $"replace p{Position} by {TypeNames[Type]}",
        };
    }

    internal sealed record PatternSpec(int Type, FilterSpec Filter)
    {
        public override string ToString() => $"{TypeNames[Type]}({Filter})";
    }

    internal sealed record RuleSpec(
        string Id,
        int Salience,
        PatternSpec[] Patterns,
        JoinSpec[] Joins,
        TestSpec[] Tests,
        ConditionSpec? Condition,
        ActionSpec Action,
        bool DeclaredByReplace)
    {
        public override string ToString()
            => $"{Id} s{Salience}{(DeclaredByReplace ? " (via Replace)" : "")}: [{string.Join(", ", Patterns.AsEnumerable())}] "
               + $"joins [{string.Join(", ", Joins.AsEnumerable())}] tests [{string.Join(", ", Tests.AsEnumerable())}] "
               + $"cond [{Condition?.ToString() ?? "-"}] then {Action}";
    }

    internal sealed record FactSpec(int Type, int Key, int Value)
    {
        public override string ToString() => $"{TypeNames[Type]}(k{Key},v{Value})";
    }

    /// <summary>The first <see cref="FireAfter"/> facts are inserted and fired, then the rest.</summary>
    internal sealed record Scenario(RuleSpec[] Rules, int RemovedDecoyAt, FactSpec[] Facts, int FireAfter)
    {
        public override string ToString()
            => string.Join(Environment.NewLine, Rules.AsEnumerable()) + Environment.NewLine
               + $"removed decoy at {RemovedDecoyAt}" + Environment.NewLine
               + "facts: " + string.Join(", ", Facts.AsEnumerable()) + $"; fire after {FireAfter}";
    }

    // ---- Generators ----------------------------------------------------------------------

    private static Gen<FilterSpec> FilterGen()
        => Gen.Frequency(
            (3, Gen.Constant(new FilterSpec(0, 0))),
            (1, Gen.Choose(1, 2).Select(o => new FilterSpec(1, o))),
            (1, Gen.Choose(0, 1).Select(o => new FilterSpec(2, o))),
            (1, Gen.Choose(0, 2).Select(o => new FilterSpec(3, o))));

    private static Gen<PatternSpec> PatternGen()
        => from type in Gen.Frequency((3, Gen.Choose(0, 2)), (1, Gen.Constant(3)))
           from filter in FilterGen()
           select new PatternSpec(type, filter);

    /// <summary>A join between two different positive patterns (null when the rule has one pattern or the positions coincide).</summary>
    private static Gen<JoinSpec?> JoinGen(int width)
        => from a in Gen.Choose(0, width - 1)
           from b in Gen.Choose(0, width - 1)
           from sa in Gen.Choose(0, 2)
           from sb in Gen.Choose(0, 2)
           select a == b ? null : new JoinSpec(a, b, sa, sb);

    /// <summary>A join from a condition (position -1) to a positive pattern.</summary>
    private static Gen<JoinSpec?> ConditionJoinGen(int width)
        => from b in Gen.Choose(0, width - 1)
           from sa in Gen.Choose(0, 2)
           from sb in Gen.Choose(0, 2)
           select (JoinSpec?)new JoinSpec(-1, b, sa, sb);

    private static Gen<RuleSpec> RuleGen(int index)
        => from width in Gen.Frequency((2, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Constant(3)))
           from patterns in Gen.ArrayOf(PatternGen(), width)
           from joinCount in Gen.Choose(0, width - 1)
           from joins in Gen.ArrayOf(JoinGen(width), joinCount)
           from testCount in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Constant(1)))
           from tests in Gen.ArrayOf(
               from a in Gen.Choose(0, width - 1)
               from b in Gen.Choose(0, width - 1)
               from k in Gen.Choose(0, 2)
               select a == b ? null : new TestSpec(a, b, k),
               width < 2 ? 0 : testCount)
           from condition in Gen.Frequency(
               (2, Gen.Constant<ConditionSpec?>(null)),
               (1, from negated in Gen.Elements(true, false)
                   from type in Gen.Choose(0, 3)
                   from filter in FilterGen()
                   from conditionJoin in Gen.Frequency((1, Gen.Constant<JoinSpec?>(null)), (3, ConditionJoinGen(width)))
                   from conditionJoin2 in Gen.Frequency((3, Gen.Constant<JoinSpec?>(null)), (1, ConditionJoinGen(width)))
                   from test in Gen.Frequency(
                       (3, Gen.Constant<TestSpec?>(null)),
                       (1, from to in Gen.Choose(0, width - 1) from k in Gen.Choose(0, 2) select (TestSpec?)new TestSpec(-1, to, k)))
                   select (ConditionSpec?)new ConditionSpec(negated, type, filter, conditionJoin, conditionJoin2, test)))
           from salience in Gen.Choose(-1, 1)
           from action in from kind in Gen.Frequency((2, Gen.Constant(0)), (4, Gen.Constant(1)), (1, Gen.Constant(2)), (2, Gen.Constant(3)), (1, Gen.Constant(4)))
                          from position in Gen.Choose(0, width - 1)
                          from type in Gen.Choose(0, 2)
                          select new ActionSpec(kind, position, type)
           from byReplace in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
           select new RuleSpec(
               $"r{index}",
               salience,
               patterns,
               joins.OfType<JoinSpec>().ToArray(),
               tests.OfType<TestSpec>().ToArray(),
               condition,
               action,
               byReplace);

    private static Gen<Scenario> ScenarioGen()
        => from ruleCount in Gen.Choose(1, 4)
           from rules in Gen.CollectToArray(Enumerable.Range(0, ruleCount), RuleGen)
           from decoy in Gen.Choose(-1, ruleCount)
           from factCount in Gen.Frequency((1, Gen.Choose(0, 2)), (6, Gen.Choose(3, 8)))
           from facts in Gen.ArrayOf(
               from type in Gen.Choose(0, 2)
               from key in Gen.Choose(0, 2)
               from value in Gen.Choose(0, 2)
               select new FactSpec(type, key, value),
               factCount)
           from fireAfter in Gen.Frequency((2, Gen.Constant(factCount)), (1, Gen.Choose(0, factCount)))
           select new Scenario(rules.ToArray(), decoy, facts, fireAfter);

    // ---- Running -------------------------------------------------------------------------

    /// <summary>What an action does, written once and run by both the engine and the reference.</summary>
    private sealed class Effects(Action<object> insert, Action<object> update, Action<object, object> replace, Action<object> retract, Action<object> record)
    {
        private int _nextId = 1000;

        /// <summary>Numbers the facts actions create from the start again, for a second run of the same scenario.</summary>
        public void Restart() => _nextId = 1000;

        public void Apply(RuleSpec rule, IReadOnlyList<DFact> facts)
        {
            var action = rule.Action;
            var target = facts[action.Position];
            switch (action.Kind)
            {
                case 0:
                    record($"{rule.Id}:{string.Join(",", facts.Select(f => f.Id))}");
                    break;
                case 1:
                    insert(NewFact(action.Type, _nextId++, target.Key, facts.Sum(f => f.Value) % 3, facts.Max(f => f.Level) + 1));
                    break;
                case 2:
                    retract(target);
                    break;
                case 3:
                    target.Value = (target.Value + 1) % 3;
                    target.Level++;
                    update(target);
                    break;
                default:
                    replace(target, NewFact(action.Type, _nextId++, target.Key, (target.Value + 1) % 3, target.Level + 1));
                    break;
            }
        }
    }

    private static bool PassesPattern(PatternSpec pattern, DFact fact) => fact.Level < 2 && pattern.Filter.Holds(fact);

    private static string Outcome(IEnumerable<(string Rule, IEnumerable<object> Facts)> firings, IEnumerable<object> facts, IEnumerable<object> results, int runaways)
        => "firings: " + string.Join(" ", firings.Select(f => $"{f.Rule}:{string.Join(",", f.Facts.Cast<DFact>().Select(d => d.Id))}"))
           + Environment.NewLine + "facts: " + string.Join(" ", facts)
           + Environment.NewLine + "results: " + string.Join(" ", results)
           + Environment.NewLine + "runaways: " + runaways;

    /// <summary>The initial facts (fresh objects for each run), in the batches fired one after the other.</summary>
    private static List<DFact>[] Batches(Scenario scenario)
    {
        var facts = scenario.Facts.Select((f, i) => NewFact(f.Type, i, f.Key, f.Value, 0)).ToList();
        return [facts.Take(scenario.FireAfter).ToList(), facts.Skip(scenario.FireAfter).ToList()];
    }

    private static string RunReference(Scenario scenario)
    {
        ReferenceEvaluator? evaluator = null;
        var effects = new Effects(
            f => evaluator!.Insert(f),
            f => evaluator!.Update(f),
            (a, b) => evaluator!.Replace(a, b),
            f => evaluator!.Retract(f),
            r => evaluator!.Results.Add(r));
        var definitions = scenario.Rules.Select(rule => new ReferenceEvaluator.RuleDef(
                rule.Id,
                rule.Salience,
                rule.Patterns.Select(p => new ReferenceEvaluator.PatternDef(Types[p.Type], o => PassesPattern(p, (DFact)o))).ToArray(),
                rule.Joins.Select(j => new ReferenceEvaluator.RelationDef(j.From, j.To, (a, b) => Equals(Select(j.FromSelector, (DFact)a), Select(j.ToSelector, (DFact)b))))
                    .Concat(rule.Tests.Select(t => new ReferenceEvaluator.RelationDef(t.From, t.To, (a, b) => Test(t.Kind, (DFact)a, (DFact)b))))
                    .ToArray(),
                rule.Condition is { } c
                    ? [new ReferenceEvaluator.ConditionDef(
                        c.Negated,
                        Types[c.Type],
                        o => c.Filter.Holds((DFact)o),
                        (o, tuple) => c.Joins.All(j => Equals(Select(j.FromSelector, (DFact)o), Select(j.ToSelector, (DFact)tuple[j.To])))
                                      && (c.Test is not { } t || Test(t.Kind, (DFact)o, (DFact)tuple[t.To])))]
                    : [],
                (_, facts) => effects.Apply(rule, facts.Cast<DFact>().ToArray())))
            .ToArray();
        evaluator = new ReferenceEvaluator(definitions, MaxFirings);
        var runaways = 0;
        foreach (var batch in Batches(scenario))
        {
            foreach (var fact in batch)
            {
                evaluator.Insert(fact);
            }

            try
            {
                evaluator.Fire();
            }
            catch (ReferenceEvaluator.RunawayException)
            {
                runaways++;
            }
        }

        return Outcome(evaluator.Firings.Select(f => (f.RuleId, f.Facts.AsEnumerable())), evaluator.Facts, evaluator.Results, runaways);
    }

    /// <summary>Runs the scenario; with <paramref name="recycle"/>, on a session rented after the same scenario already ran on it and was returned.</summary>
    private static string RunEngine(Scenario scenario, bool recycle = false, bool insertNew = false)
    {
        RuleSession? session = null;
        List<object> results = [];
        var effects = new Effects(
            f => session!.Insert(f),
            f => session!.Update(f),
            (a, b) => session!.Replace(a, b),
            f => session!.Retract(f),
            r => results.Add(r));
        var builder = new RuleSetBuilder();
        for (var i = 0; i < scenario.Rules.Length; i++)
        {
            if (scenario.RemovedDecoyAt == i)
            {
                Decoy(builder, "decoy");
            }

            var rule = scenario.Rules[i];
            if (rule.DeclaredByReplace)
            {
                Decoy(builder, rule.Id);
            }
            else
            {
                Declare(builder.Rule(rule.Id), rule, effects);
            }
        }

        if (scenario.RemovedDecoyAt == scenario.Rules.Length)
        {
            Decoy(builder, "decoy");
        }

        foreach (var rule in scenario.Rules.Where(r => r.DeclaredByReplace).Reverse())
        {
            Declare(builder.Replace(rule.Id), rule, effects);
        }

        if (scenario.RemovedDecoyAt >= 0)
        {
            builder.Remove("decoy");
        }

        var ruleSet = builder.Build(new RuleSetOptions { MaxFirings = MaxFirings });
        if (recycle)
        {
            session = ruleSet.Rent();
            Run(session, scenario, insertNew);
            results.Clear();
            effects.Restart();
            ruleSet.Return(session);
            var again = ruleSet.Rent();
            Assert.Same(session, again);
            Assert.Equal(0, again.FactCount);
        }
        else
        {
            session = ruleSet.CreateSession();
        }

        var runaways = Run(session, scenario, insertNew);
        return Outcome(session.Firings.Select(f => (f.Rule.Id, f.Facts.AsEnumerable())), session.Query<object>(), results, runaways);
    }

    private static int Run(RuleSession session, Scenario scenario, bool insertNew)
    {
        var runaways = 0;
        foreach (var batch in Batches(scenario))
        {
            foreach (var fact in batch)
            {
                if (insertNew)
                {
                    session.InsertNew(fact);
                }
                else
                {
                    session.Insert(fact);
                }
            }

            try
            {
                session.Fire();
            }
            catch (RuleExecutionException error) when (error.InnerException is null)
            {
                runaways++;
            }
        }

        return runaways;
    }

    /// <summary>A rule that would record "decoy" on any fact: it must be replaced or removed before it can fire.</summary>
    private static void Decoy(RuleSetBuilder builder, string id)
    {
        var rule = builder.Rule(id).Describe("A stand-in that must never fire.").Salience(100);
        rule.Match<object>();
        rule.Then(ctx => ctx.Record("decoy fired"));
    }

    private static void Declare(RuleBuilder rule, RuleSpec spec, Effects effects)
    {
        rule.Describe($"Generated rule {spec.Id}.").Salience(spec.Salience);
        var patterns = spec.Patterns.Select(p => Slot.Create(rule, p)).ToArray();
        foreach (var join in spec.Joins)
        {
            patterns[join.From].JoinOn(patterns[join.To], f => Select(join.FromSelector, f), f => Select(join.ToSelector, f));
        }

        foreach (var test in spec.Tests)
        {
            patterns[test.From].Test(patterns[test.To], (a, b) => Test(test.Kind, a, b));
        }

        if (spec.Condition is { } condition)
        {
            var target = Slot.CreateCondition(rule, condition);
            foreach (var join in condition.Joins)
            {
                target.JoinOn(patterns[join.To], f => Select(join.FromSelector, f), f => Select(join.ToSelector, f));
            }

            if (condition.Test is { } test)
            {
                target.Test(patterns[test.To], (a, b) => Test(test.Kind, a, b));
            }
        }

        rule.Then(ctx => effects.Apply(spec, patterns.Select(p => p.Get(ctx)).ToArray()));
    }

    // ---- Typed bridges: the spec picks fact types at run time, the DSL wants them at compile time.

    /// <summary>A positive pattern over one of the fact types.</summary>
    private abstract class Slot
    {
        public static Slot Create(RuleBuilder rule, PatternSpec spec) => spec.Type switch
        {
            0 => new Slot<FA>(rule.Match<FA>(f => PassesPattern(spec, f))),
            1 => new Slot<FB>(rule.Match<FB>(f => PassesPattern(spec, f))),
            2 => new Slot<FC>(rule.Match<FC>(f => PassesPattern(spec, f))),
            _ => new Slot<DFact>(rule.Match<DFact>(f => PassesPattern(spec, f))),
        };

        public static IConditionSlot CreateCondition(RuleBuilder rule, ConditionSpec spec) => spec.Type switch
        {
            0 => new ConditionSlot<FA>(Make<FA>(rule, spec)),
            1 => new ConditionSlot<FB>(Make<FB>(rule, spec)),
            2 => new ConditionSlot<FC>(Make<FC>(rule, spec)),
            _ => new ConditionSlot<DFact>(Make<DFact>(rule, spec)),
        };

        private static Condition<T> Make<T>(RuleBuilder rule, ConditionSpec spec)
            where T : DFact
            => spec.Negated ? rule.Not<T>(f => spec.Filter.Holds(f)) : rule.Exists<T>(f => spec.Filter.Holds(f));

        public abstract DFact Get(RuleContext context);

        public abstract void JoinOn(Slot other, Func<DFact, int?> key, Func<DFact, int?> otherKey);

        public abstract void Test(Slot other, Func<DFact, DFact, bool> test);

        /// <summary>Called on the other side of a join: adds the join to <paramref name="self"/>, which declared it.</summary>
        public abstract void JoinFrom<TSelf>(Pattern<TSelf> self, Func<DFact, int?> key, Func<DFact, int?> otherKey)
            where TSelf : DFact;

        public abstract void TestFrom<TSelf>(Pattern<TSelf> self, Func<DFact, DFact, bool> test)
            where TSelf : DFact;

        public abstract void JoinFromCondition<TSelf>(Condition<TSelf> self, Func<DFact, int?> key, Func<DFact, int?> otherKey)
            where TSelf : DFact;

        public abstract void TestFromCondition<TSelf>(Condition<TSelf> self, Func<DFact, DFact, bool> test)
            where TSelf : DFact;
    }

    private sealed class Slot<T>(Pattern<T> pattern) : Slot
        where T : DFact
    {
        public override DFact Get(RuleContext context) => context.Get(pattern);

        public override void JoinOn(Slot other, Func<DFact, int?> key, Func<DFact, int?> otherKey) => other.JoinFrom(pattern, key, otherKey);

        public override void Test(Slot other, Func<DFact, DFact, bool> test) => other.TestFrom(pattern, test);

        public override void JoinFrom<TSelf>(Pattern<TSelf> self, Func<DFact, int?> key, Func<DFact, int?> otherKey)
            => self.JoinOn(pattern, s => key(s), o => otherKey(o));

        public override void TestFrom<TSelf>(Pattern<TSelf> self, Func<DFact, DFact, bool> test)
            => self.Where(pattern, (s, o) => test(s, o));

        public override void JoinFromCondition<TSelf>(Condition<TSelf> self, Func<DFact, int?> key, Func<DFact, int?> otherKey)
            => self.JoinOn(pattern, s => key(s), o => otherKey(o));

        public override void TestFromCondition<TSelf>(Condition<TSelf> self, Func<DFact, DFact, bool> test)
            => self.Where(pattern, (s, o) => test(s, o));
    }

    private interface IConditionSlot
    {
        void JoinOn(Slot other, Func<DFact, int?> key, Func<DFact, int?> otherKey);

        void Test(Slot other, Func<DFact, DFact, bool> test);
    }

    private sealed class ConditionSlot<T>(Condition<T> condition) : IConditionSlot
        where T : DFact
    {
        public void JoinOn(Slot other, Func<DFact, int?> key, Func<DFact, int?> otherKey) => other.JoinFromCondition(condition, key, otherKey);

        public void Test(Slot other, Func<DFact, DFact, bool> test) => other.TestFromCondition(condition, test);
    }
}
