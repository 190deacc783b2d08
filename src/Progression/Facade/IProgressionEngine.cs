namespace Progression;

/// <summary>
/// The three questions a host asks. Every method is pure: state and report in, decision (and
/// new state) out; no clock, no storage, no per-client memory. Implementations are thread-safe.
/// </summary>
public interface IProgressionEngine
{
    /// <summary>What should the client do today, at what level and dose, and why?</summary>
    /// <param name="client">The client's state, as stored by the host.</param>
    /// <param name="checkIn">How the client is today (pain, red flags), if asked.</param>
    /// <returns>The ordered plan, a referral if one is needed, and the reasons.</returns>
    SessionPlan PlanSession(ClientState client, CheckIn? checkIn = null);

    /// <summary>The client just finished a set: go on, stop the exercise, or stop the session?</summary>
    /// <param name="client">The client's state.</param>
    /// <param name="set">The set as reported.</param>
    /// <returns>The verdict, with a referral when one is needed and every rule's reason.</returns>
    /// <remarks>
    /// Answers whatever optional field is missing: a set without a variant is judged at the client's variant, or at
    /// the entry rung a plan would prescribe when the client has no progress on the exercise; no measure is needed.
    /// </remarks>
    /// <exception cref="ArgumentException">The set names an exercise or variant the catalog does not know.</exception>
    SetVerdict EvaluateSet(ClientState client, SetReport set);

    /// <summary>The session is over: advance, increase, hold, regress, deload or pause each exercise.</summary>
    /// <param name="client">The client's state before the session.</param>
    /// <param name="report">Every set of the session.</param>
    /// <returns>One decision per exercise performed, and the client's new state to store.</returns>
    /// <exception cref="ArgumentException">
    /// The report names an unknown exercise or variant, has no sets, is dated before the client's last session, has
    /// two sets of one exercise with the same number on the same side, sets of one exercise on two variants, a set
    /// without the variant's measure, a load on a variant that takes none, a side on a two-sided variant, or a
    /// counter the review would overflow (docs/input.md lists them).
    /// </exception>
    SessionReview ReviewSession(ClientState client, SessionReport report);
}
