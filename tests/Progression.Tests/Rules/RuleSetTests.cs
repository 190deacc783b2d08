using System.Collections.Concurrent;
using Progression.Rules;

namespace Progression.Tests.Rules;

public class RuleSetTests
{
    [Fact]
    public void CreateSession_SharedRuleSetAcrossThreads_EverySessionGivesTheSameFirings()
    {
        // The expected trace comes from a separately built rule set, so the shared one starts
        // cold and its lazily filled caches are first touched by the parallel sessions.
        var expected = Run(BuildRules());
        var shared = BuildRules();
        var outcomes = new ConcurrentBag<string>();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => outcomes.Add(Run(shared)));

        Assert.Equal(64, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(expected, o));
        Assert.Contains("lonely:solo", expected, StringComparison.Ordinal);
        Assert.Contains("pair:o0,i0", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BuilderChangedAfterBuild_BuiltRuleSetDoesNotChange()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("frozen", 0);
        var item = rule.Match<Item>();
        var condition = rule.Not<Token>();
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));
        var rules = builder.Build();

        item.Where(_ => false);
        condition.Where(_ => false);
        var session = rules.CreateSession();
        session.InsertAll([new Item("a", 0), new Token("blocks")]);
        session.Insert(new Item("b", 0));
        session.Fire();

        Assert.Empty(session.Results);
        session.Retract(session.Query<Token>()[0]);
        session.Fire();
        Assert.Equal(["a", "b"], session.Results);
    }

    private static RuleSet BuildRules()
    {
        var builder = new RuleSetBuilder();
        var pair = builder.Rule("pair", 5);
        var owner = pair.Match<Owner>();
        var item = pair.Match<Item>().JoinOn(owner, i => i.Group, o => o.Group);
        pair.Then(ctx => ctx.Insert(new Token($"{ctx.Get(owner).Name}/{ctx.Get(item).Name}")));
        var lonely = builder.Rule("lonely", 0);
        var lonelyOwner = lonely.Match<Owner>();
        lonely.Not<Token>().Where(lonelyOwner, (t, o) => t.Name.StartsWith(o.Name + "/", StringComparison.Ordinal));
        lonely.Then(ctx => ctx.Record(ctx.Get(lonelyOwner).Name));
        var count = builder.Rule("count", -5);
        var token = count.Match<Token>();
        count.Then(ctx => ctx.Record(ctx.Get(token).Name));
        return builder.Build();
    }

    private static string Run(RuleSet rules)
    {
        var session = rules.CreateSession();
        for (var i = 0; i < 40; i++)
        {
            session.Insert(new Owner($"o{i}", $"g{i % 7}"));
            session.Insert(new Item($"i{i}", i, $"g{i % 5}"));
        }

        session.Insert(new Owner("solo", "nowhere"));
        session.Fire();
        return string.Join(";", session.Firings.Select(f => $"{f.Rule.Id}:{string.Join(",", f.Facts)}"))
               + "|" + string.Join(";", session.Results);
    }
}
