using System.Text.Json;

namespace Progression.Tests.Domain;

/// <summary>The safety state a host stores: an open referral and cleared red flags, through System.Text.Json with default options.</summary>
public sealed class ClientStateSafetyTests
{
    private static readonly OpenReferral Open = new(Referral.Emergency,
        [new Reason("safety.neurological-symptom-pauses", "Paused: saddle numbness 5/10 is an emergency sign — go to an emergency department now.")],
        new DateOnly(2026, 3, 14));

    [Fact]
    public void RoundTrip_OpenReferralAndClearedRedFlags_KeepEveryValue()
    {
        var state = ClientState.New("c").WithClearedRedFlags(RedFlag.CancerHistory, RedFlag.OsteoporosisOrSteroidUse) with { OpenReferral = Open };

        var json = JsonSerializer.Serialize(state);
        var back = JsonSerializer.Deserialize<ClientState>(json)!;

        Assert.Equal(state, back);
        Assert.Equal(state.GetHashCode(), back.GetHashCode());
        Assert.Equal(Open, back.OpenReferral);
        Assert.Equal("Paused: saddle numbness 5/10 is an emergency sign — go to an emergency department now.", back.OpenReferral!.Reasons[0].Message);
        Assert.True(back.ClearedRedFlags.SetEquals([RedFlag.CancerHistory, RedFlag.OsteoporosisOrSteroidUse]));
        Assert.Contains("\"Emergency\"", json, StringComparison.Ordinal);
        Assert.Contains("\"CancerHistory\"", json, StringComparison.Ordinal);
        Assert.Equal(json, JsonSerializer.Serialize(back));
    }

    [Fact]
    public void RoundTrip_NewClient_HasNoReferralAndNoClearedFlags()
    {
        var back = JsonSerializer.Deserialize<ClientState>(JsonSerializer.Serialize(ClientState.New("c")))!;

        Assert.Null(back.OpenReferral);
        Assert.Empty(back.ClearedRedFlags);
    }

    [Fact]
    public void Equality_SeesTheReferralAndTheClearedFlags()
    {
        Assert.NotEqual(ClientState.New("c"), ClientState.New("c") with { OpenReferral = Open });
        Assert.NotEqual(ClientState.New("c"), ClientState.New("c").WithClearedRedFlags(RedFlag.Fever));
        Assert.Equal(ClientState.New("c"), ClientState.New("c").WithClearedRedFlags(RedFlag.Fever).WithClearedRedFlags());
    }

    [Fact]
    public void OpenReferral_RejectsNoUrgencyAndNoReasons_NamingTheField()
    {
        var none = Assert.ThrowsAny<ArgumentException>(() => new OpenReferral(Referral.None, Open.Reasons, Open.Since));
        var empty = Assert.ThrowsAny<ArgumentException>(() => new OpenReferral(Referral.Routine, [], Open.Since));
        var undefined = Assert.ThrowsAny<ArgumentException>(() => new OpenReferral((Referral)9, Open.Reasons, Open.Since));

        Assert.Equal("Urgency", none.ParamName);
        Assert.Contains("None", none.Message);
        Assert.Equal("Reasons", empty.ParamName);
        Assert.Equal("Urgency", undefined.ParamName);
    }

    [Fact]
    public void WithClearedRedFlags_RejectsAnUndefinedFlag()
        => Assert.Equal("flags", Assert.ThrowsAny<ArgumentException>(() => ClientState.New("c").WithClearedRedFlags((RedFlag)99)).ParamName);
}
