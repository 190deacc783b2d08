namespace Progression.Demo;

/// <summary>One session as the demo saw it: the check-in, the plan, every set with its verdict, and the review.</summary>
internal sealed class SessionLog(int week, int session, DateOnly date)
{
    public int Week { get; } = week;

    public int Session { get; } = session;

    public DateOnly Date { get; } = date;

    public CheckIn CheckIn { get; set; } = new();

    public SessionPlan Plan { get; set; } = new([], Referral.None, []);

    public List<(SetReport Set, SetVerdict Verdict)> Sets { get; } = [];

    /// <summary>Null when nothing was planned (an open referral), so there was nothing to review.</summary>
    public SessionReview? Review { get; set; }

    /// <summary>True when this session's plan referred and the host stored the referral.</summary>
    public bool ReferralStored { get; set; }

    /// <summary>The referral a clinician closed before this session, and what they found.</summary>
    public (OpenReferral Referral, string Note)? Clearance { get; set; }
}

/// <summary>Where a client stood on every exercise at the end of one week (what the chart draws).</summary>
internal sealed record WeekSnapshot(int Week, IReadOnlyDictionary<string, ExerciseProgress> Progress, bool ReferralOpen);

/// <summary>Everything that happened to one client, for the summary and the chart.</summary>
internal sealed class ClientHistory(DemoClient client)
{
    public DemoClient Client { get; } = client;

    public List<SessionLog> Sessions { get; } = [];

    public List<WeekSnapshot> Weeks { get; } = [];

    public ClientState Final { get; set; } = client.Start;
}
