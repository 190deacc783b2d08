using Progression.Rules;

namespace Progression.Tests.Rules;

public class RuleSetBuilderTests
{
    [Fact]
    public void Build_ManyProblems_ReportsEachInOneException()
    {
        var builder = new RuleSetBuilder();

        var empty = builder.Rule(" ").Describe("Empty id.");
        empty.Match<Item>();
        empty.Then(_ => { });

        var spaced = builder.Rule("has space").Describe("White space in id.");
        spaced.Match<Item>();
        spaced.Then(_ => { });

        var first = builder.Rule("dup").Describe("First of two.");
        var firstItem = first.Match<Item>();
        first.Then(_ => { });
        var second = builder.Rule("dup").Describe("Second of two.");
        second.Match<Item>();
        second.Then(_ => { });

        var undescribed = builder.Rule("undescribed");
        undescribed.Match<Item>();
        undescribed.Then(_ => { });

        var loud = builder.Rule("too-salient").Describe("Salience out of range.").Salience(RuleBuilder.MaxSalience + 1);
        loud.Match<Item>();
        loud.Then(_ => { });

        builder.Rule("no-pattern").Describe("No pattern.").Then(_ => { });

        builder.Rule("no-action").Describe("No action.").Match<Item>();

        var twice = builder.Rule("two-actions").Describe("Then twice.");
        twice.Match<Item>();
        twice.Then(_ => { }).Then(_ => { });

        var foreign = builder.Rule("foreign-join").Describe("Joins to another rule's pattern.");
        foreign.Match<Item>().JoinOn(firstItem, i => i.Name, i => i.Name);
        foreign.Then(_ => { });

        var selfish = builder.Rule("self-join").Describe("Joins a pattern to itself.");
        var selfItem = selfish.Match<Item>();
        selfItem.JoinOn(selfItem, i => i.Name, i => i.Name);
        selfish.Then(_ => { });

        var tested = builder.Rule("foreign-test").Describe("Tests against another rule's pattern.");
        tested.Not<Item>().Where(firstItem, (a, b) => a.Value == b.Value);
        tested.Match<Token>();
        tested.Then(_ => { });

        builder.Remove("missing-removal");
        builder.Replace("missing-replacement").Describe("Replaces nothing.").Then(_ => { }).Match<Item>();

        var error = Assert.Throws<RuleDefinitionException>(() => builder.Build(new RuleSetOptions { MaxFirings = 0 }));

        var expected = new[]
        {
            "MaxFirings must be between 1",
            "Cannot remove rule 'missing-removal'",
            "A rule has an empty id",
            "Rule 'has space': the id contains white space",
            "Rule 'dup': the id is used by more than one rule",
            "Rule 'undescribed': it has no description",
            "Rule 'too-salient': salience must be between -10000 and 10000; was 10001",
            "Rule 'no-pattern': it has no pattern",
            "Rule 'no-action': it has no action",
            "Rule 'two-actions': it has more than one action",
            "Rule 'foreign-join': pattern #1 (Item) has a join on a pattern that does not exist in this rule (it belongs to rule 'dup')",
            "Rule 'self-join': pattern #1 (Item) has a join on itself",
            "Rule 'foreign-test': Not condition #1 (Item) has a test on a pattern that does not exist in this rule",
            "Rule 'missing-replacement': Replace was called, but no rule had this id",
        };
        foreach (var fragment in expected)
        {
            Assert.Contains(error.Errors, e => e.Contains(fragment, StringComparison.Ordinal));
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(expected.Length, error.Errors.Count);
    }

    [Fact]
    public void Build_NullFiltersJoinsAndTests_ReportedTogether()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("nulls", 0);
        var item = rule.Match<Item>();
        var owner = rule.Match<Owner>();
        item.Where(null!);
        item.JoinOn<Owner, string?>(null!, i => i.Group, o => o.Group);
        item.JoinOn<Owner, string?>(owner, null!, o => o.Group);
        item.Where<Owner>(owner, null!);
        rule.Exists<Token>().Where(null!);
        rule.Then(_ => { });

        var error = Assert.Throws<RuleDefinitionException>(() => builder.Build());

        Assert.Equal(5, error.Errors.Count);
        Assert.Contains("Rule 'nulls': pattern #1 (Item) has a null filter.", error.Errors[0], StringComparison.Ordinal);
        Assert.Contains("pattern #1 (Item) has a join with no pattern (null)", error.Errors[1], StringComparison.Ordinal);
        Assert.Contains("pattern #1 (Item) has a join with a null key selector", error.Errors[2], StringComparison.Ordinal);
        Assert.Contains("pattern #1 (Item) has a null test", error.Errors[3], StringComparison.Ordinal);
        Assert.Contains("Exists condition #1 (Token) has a null filter", error.Errors[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SalienceAtBounds_IsValid()
    {
        var builder = new RuleSetBuilder();
        foreach (var (id, salience) in new[] { ("min", RuleBuilder.MinSalience), ("max", RuleBuilder.MaxSalience) })
        {
            var rule = builder.Rule(id, salience);
            rule.Match<Item>();
            rule.Then(_ => { });
        }

        var rules = builder.Build();

        Assert.Equal([RuleBuilder.MinSalience, RuleBuilder.MaxSalience], rules.Rules.Select(r => r.Salience));
    }

    [Fact]
    public void Build_SalienceBelowMinimum_Rejected()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("too-low", RuleBuilder.MinSalience - 1);
        rule.Match<Item>();
        rule.Then(_ => { });

        var error = Assert.Throws<RuleDefinitionException>(() => builder.Build());

        Assert.Contains("salience must be between", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MaxFiringsAboveLimit_Rejected()
    {
        var builder = new RuleSetBuilder();

        var error = Assert.Throws<RuleDefinitionException>(() => builder.Build(new RuleSetOptions { MaxFirings = RuleSetOptions.MaxFiringsLimit + 1 }));

        Assert.Contains("MaxFirings", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_AfterRemove_IsFalseAndRuleIsDropped()
    {
        var builder = new RuleSetBuilder();
        foreach (var id in new[] { "a", "b" })
        {
            var rule = builder.Rule(id, 0);
            rule.Match<Item>();
            rule.Then(_ => { });
        }

        builder.Remove("a");

        Assert.False(builder.Contains("a"));
        Assert.True(builder.Contains("b"));
        var rules = builder.Build();
        var only = Assert.Single(rules.Rules);
        Assert.Equal("b", only.Id);
        Assert.Equal(0, only.Order);
    }

    [Fact]
    public void Build_RuleInfo_CarriesDescriptionSalienceAndOrder()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("info").Describe("Says what it does.").Salience(7);
        rule.Match<Item>();
        rule.Then(_ => { });

        var info = Assert.Single(builder.Build().Rules);

        Assert.Equal("info", info.Id);
        Assert.Equal("Says what it does.", info.Description);
        Assert.Equal(7, info.Salience);
        Assert.Equal(0, info.Order);
    }
}
