using FsCheck;
using FsCheck.Fluent;

namespace Progression.Tests.Facade;

/// <summary>Properties of ReviewSession over random session histories, one exercise at a time.</summary>
public sealed class ProgressionPropertyTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    public enum Session
    {
        OnTarget,
        TooHard,
        Short,
        JointPain,
    }

    private static readonly Arbitrary<(string ExerciseId, Session[] History)> Histories =
        (from exercise in Gen.Elements(Engine.Catalog.Exercises.Select(e => e.Id).ToArray())
         from history in Gen.ArrayOf(Gen.Frequency(
             (6, Gen.Constant(Session.OnTarget)),
             (2, Gen.Constant(Session.TooHard)),
             (2, Gen.Constant(Session.Short)),
             (1, Gen.Constant(Session.JointPain))))
         select (exercise, history)).ToArbitrary();

    private static IEnumerable<SetReport> Sets(Prescription p, Session kind) => kind switch
    {
        Session.OnTarget => Reports.OnTarget(p),
        Session.TooHard => Reports.OnTarget(p, rpe: 9),
        Session.Short => Reports.ShortOfTarget(p),
        _ => Reports.OnTarget(p, 7, new Symptom(SymptomKind.JointPain, BodySite.Knee, 3)),
    };

    /// <summary>Runs a history; stops early when the exercise is paused (nothing more to review).</summary>
    private static List<(Session Kind, ExerciseDecision Decision, ClientState After)> Run(string exerciseId, Session[] history)
    {
        var client = ClientState.New("random");
        var steps = new List<(Session, ExerciseDecision, ClientState)>();
        for (var day = 0; day < history.Length; day++)
        {
            if (client.ProgressOf(exerciseId) is { Paused: true })
            {
                break;
            }

            var review = Engine.ReviewSession(client, Reports.Session(day, Sets(Reports.Current(client, exerciseId), history[day])));
            client = review.Next;
            steps.Add((history[day], review.Decisions.Single(), client));
        }

        return steps;
    }

    private static bool Rises(ProgressionStep step) => step is ProgressionStep.Increase or ProgressionStep.Advance;

    [Fact]
    public void Property_the_tier_never_goes_down_without_a_failure_or_pain()
        => Prop.ForAll(Histories, h => Run(h.ExerciseId, h.History).All(s =>
                s.Decision.To.Tier >= s.Decision.From.Tier || s.Kind is Session.Short or Session.JointPain))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Property_the_dose_never_rises_after_a_failed_or_painful_session()
        => Prop.ForAll(Histories, h => Run(h.ExerciseId, h.History).All(s =>
                s.Kind is Session.OnTarget || !Rises(s.Decision.Step)))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Property_two_rises_never_come_from_consecutive_sessions()
        => Prop.ForAll(Histories, h =>
            {
                var steps = Run(h.ExerciseId, h.History);
                return steps.Zip(steps.Skip(1)).All(pair => !(Rises(pair.First.Decision.Step) && Rises(pair.Second.Decision.Step)));
            })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Property_every_decision_has_a_reason_from_a_known_rule()
    {
        var ruleIds = Engine.Rules.Select(r => r.Id).ToHashSet();
        Prop.ForAll(Histories, h => Run(h.ExerciseId, h.History).All(s =>
                s.Decision.Reasons.Count > 0 && s.Decision.Reasons.All(r => ruleIds.Contains(r.RuleId) && r.Message.Length > 0)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_the_same_history_gives_the_same_decisions_and_state()
        => Prop.ForAll(Histories, h =>
            {
                var first = Run(h.ExerciseId, h.History);
                var second = Run(h.ExerciseId, h.History);
                return first.Count == second.Count
                       && first.Zip(second).All(p => p.First.Decision.Equals(p.Second.Decision) && p.First.After.Equals(p.Second.After));
            })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Property_the_new_state_always_holds_a_variant_of_the_ladder_at_a_dose_in_its_range_or_above_it()
        => Prop.ForAll(Histories, h => Run(h.ExerciseId, h.History).All(s =>
            {
                var progress = s.After.ProgressOf(h.ExerciseId)!;
                var exercise = Engine.Catalog.Get(h.ExerciseId);
                var variant = exercise.Variants[exercise.IndexOf(progress.VariantId)];
                var dose = variant.Measure == DoseMeasure.Reps ? progress.Dosage.Reps : progress.Dosage.HoldSeconds;
                return variant.Tier == progress.Tier && dose >= variant.Range!.Min;
            }))
            .QuickCheckThrowOnFailure();
}
