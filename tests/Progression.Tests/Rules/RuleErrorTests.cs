using Progression.Rules;

namespace Progression.Tests.Rules;

public sealed class RuleErrorTests
{
    [Fact]
    public void Remove_ThenDeclareTheSameIdAgain_KeepsTheNewRule()
    {
        var builder = new RuleSetBuilder();
        builder.Rule("r", 0).Match<Item>();
        builder.Rule("r", 0).Then(_ => { });
        builder.Remove("r");
        var rule = builder.Rule("r", 0);
        var item = rule.Match<Item>();
        rule.Then(ctx => ctx.Record(ctx.Get(item).Name));

        var session = builder.Build().CreateSession();
        session.Insert(new Item("a", 1));
        session.Fire();

        Assert.Equal(["a"], session.Results);
    }

    [Fact]
    public void Insert_FilterThrows_WrapsWithTheRuleId()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("items.fragile", 0);
        rule.Match<Item>(i => i.Value / (i.Value - 1) > 0);
        rule.Then(_ => { });
        var session = builder.Build().CreateSession();

        var error = Assert.Throws<RuleExecutionException>(() => session.Insert(new Item("one", 1)));

        Assert.Equal(["items.fragile"], error.RuleIds);
        Assert.IsType<DivideByZeroException>(error.InnerException);
        Assert.Contains("items.fragile", error.Message);
    }

    [Fact]
    public void Fire_NotConditionThrows_WrapsWithTheRuleId()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("items.unless-token", 0);
        var item = rule.Match<Item>();
        rule.Not<Token>().Where(item, (t, i) => t.Name.Length / (i.Value - 1) > 0);
        rule.Then(_ => { });
        var session = builder.Build().CreateSession();
        session.InsertAll([new Item("one", 1), new Token("t")]);

        var error = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(["items.unless-token"], error.RuleIds);
        Assert.Contains("Not/Exists condition", error.Message);
    }
}
