namespace Progression;

/// <summary>
/// The <c>[Tag]</c> values rules carry. Every rule has one question tag — <see cref="Set"/>, <see cref="Plan"/> or
/// <see cref="Review"/> — which decides the session it runs in (each question compiles only its own rules), and the
/// built-in rules also carry their pack (<see cref="Safety"/>, <see cref="ProgressionPack"/>, <see cref="Selection"/>).
/// A host rule tags its question the same way: <c>[Tag(RuleTags.Review)]</c>.
/// </summary>
public static class RuleTags
{
    /// <summary>Runs in <see cref="IProgressionEngine.EvaluateSet"/>: matches <see cref="Facts.SetUnderReview"/> and <see cref="Facts.ReportedSymptom"/>, records <see cref="Facts.SetFinding"/>.</summary>
    public const string Set = "set";

    /// <summary>Runs in <see cref="IProgressionEngine.PlanSession"/>: matches <see cref="Facts.PlanRequest"/>, <see cref="Facts.PlanCandidate"/> and the imbalance facts, records <see cref="Facts.PlanChoice"/>, <see cref="Facts.PlanReferral"/> and <see cref="Facts.PlanFinding"/>.</summary>
    public const string Plan = "plan";

    /// <summary>Runs in <see cref="IProgressionEngine.ReviewSession"/>: matches <see cref="Facts.ExercisePerformance"/> and <see cref="Facts.ExerciseOutcome"/>, records <see cref="Facts.StepProposal"/>, <see cref="Facts.ReviewNote"/> and <see cref="Facts.ReviewReferral"/>.</summary>
    public const string Review = "review";

    /// <summary>The safety pack: stop on joint pain, allow muscle fatigue, refer on red flags.</summary>
    public const string Safety = "safety";

    /// <summary>The progression pack: classify a session, then 2-for-2, holds, deloads and regressions.</summary>
    public const string ProgressionPack = "progression";

    /// <summary>The selection pack: which exercises today, at what level, in what order, for which imbalance.</summary>
    public const string Selection = "selection";

    /// <summary>Whether <paramref name="tag"/> is one of the three question tags.</summary>
    internal static bool IsQuestion(string tag) => tag is Set or Plan or Review;
}
