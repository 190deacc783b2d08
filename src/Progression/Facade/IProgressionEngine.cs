namespace Progression;

/// <summary>
/// The three questions a host asks, and what the engine answers them from. Every method is pure: state and report
/// in, decision (and new state) out; no clock, no storage, no per-client memory. Implementations are thread-safe.
/// </summary>
/// <remarks>
/// <see cref="ProgressionEngine"/> is the implementation, and what
/// <see cref="ProgressionServiceCollectionExtensions.AddProgression"/> registers under this interface; the read-only
/// members (catalog, policy, rules, diagrams) are here too, so a host holding the interface from DI can show what the
/// engine plans from and why without casting to the class.
/// </remarks>
public interface IProgressionEngine
{
    /// <summary>The exercises the engine plans from.</summary>
    ExerciseCatalog Catalog { get; }

    /// <summary>The thresholds the rules use for a client without a <see cref="ClientState.Policy"/> of their own.</summary>
    ProgressionPolicy Policy { get; }

    /// <summary>The rules the engine runs, read from NRules' compiled definitions: id, description, priority, pack and question, built-in rules first.</summary>
    IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>An exercise's ladder as a Mermaid flowchart: each variant with its tier, dose range, load and equipment.</summary>
    /// <param name="exerciseId">An exercise of the catalog.</param>
    /// <returns>Mermaid source, e.g. to paste into a Markdown <c>```mermaid</c> block.</returns>
    /// <exception cref="ArgumentException">The catalog has no such exercise.</exception>
    string LadderDiagram(string exerciseId);

    /// <summary>The rules as a Mermaid flowchart: one box per rule, grouped by pack, with the facts each rule matches.</summary>
    /// <returns>Mermaid source.</returns>
    string RulesDiagram();

    /// <summary>
    /// The Rete network NRules compiled for one question, from its session factory's schema, as a Mermaid flowchart:
    /// the fact types at the top, then each condition, join and memory, and the rules at the bottom.
    /// </summary>
    /// <param name="question"><see cref="RuleTags.Set"/>, <see cref="RuleTags.Plan"/> or <see cref="RuleTags.Review"/>.</param>
    /// <returns>Mermaid source.</returns>
    /// <exception cref="ArgumentException"><paramref name="question"/> is not one of the three.</exception>
    string NetworkDiagram(string question);

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
