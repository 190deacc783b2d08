using Progression.Packs;

namespace Progression.Tests.Facade;

/// <summary>
/// Found by reading a year of simulated reasons as a physiotherapist would (the review after issues 11 and 12):
/// a paused exercise's stand-ins that pile up, pause wording that doubles, a step back that adds work, plan reasons
/// that contradict the item, and a dose stated twice.
/// </summary>
public sealed class WordingTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    private const string RadiatingPause = "Paused: leg radiating pain 4/10 — see a physiotherapist or doctor before doing it again.";

    private static ClientState Started(ClientState client, string exerciseId, int variant = 0, Dosage? dosage = null, bool paused = false)
    {
        var v = Engine.Catalog.Get(exerciseId).Variants[variant];
        return client.WithProgress(exerciseId, new ExerciseProgress
        {
            VariantId = v.Id, Tier = v.Tier, Dosage = dosage ?? v.StartingDosage, LastPerformed = Reports.Day(0),
            Paused = paused, PauseReason = paused ? RadiatingPause : null,
        });
    }

    private static ClientState BalancedWithWallPulloverPaused()
    {
        var client = ClientState.New("c") with { LastSessionDate = Reports.Day(0) };
        foreach (var id in new[] { "hip-flexor-stretch", "glute-bridge", "bird-dog", "dead-bug", "side-bridge" })
        {
            client = Started(client, id);
        }

        return Started(client, "wall-pullover", paused: true);
    }

    [Fact]
    public void A_paused_exercise_is_stood_in_for_once_not_by_a_new_exercise_every_session()
    {
        // radiating-leg-pain-once, sessions 36–39: the wall pullover's stand-in was started, and each plan added
        // another (inner thigh, QL, deep squat, slant bar squat) until the trim cut the side bridge and hip flexor stretch.
        var client = BalancedWithWallPulloverPaused();
        var first = Engine.PlanSession(client, new CheckIn { DaysSinceLastSession = 2 });
        var standIn = Assert.Single(first.Items, i => i.Reasons.Any(r => r.RuleId == SelectionRules.PausedSlotFilled)).Prescription;

        var next = Engine.PlanSession(Started(client, standIn.ExerciseId), new CheckIn { DaysSinceLastSession = 2 });

        Assert.DoesNotContain(next.Items, i => i.Reasons.Any(r => r.RuleId == SelectionRules.PausedSlotFilled));
        Assert.Equal(6, next.Items.Count);
        Assert.Contains(next.Items, i => i.Prescription.ExerciseId == standIn.ExerciseId);
        Assert.Contains(next.Items, i => i.Prescription.ExerciseId == "side-bridge");
        Assert.Contains(next.Items, i => i.Prescription.ExerciseId == "hip-flexor-stretch");
    }

    [Fact]
    public void The_paused_reason_is_said_once_without_doubled_punctuation()
    {
        // Was: "Wall pullover is paused: Paused: leg radiating pain 4/10 — … before doing it again.. Leave it out …"
        var plan = Engine.PlanSession(BalancedWithWallPulloverPaused());

        var skipped = Assert.Single(plan.Reasons, r => r.RuleId == SelectionRules.PausedSkipped).Message;
        Assert.Equal("Wall pullover is paused: leg radiating pain 4/10 — see a physiotherapist or doctor before doing it again. Leave it out until a professional clears it.", skipped);
    }

    [Fact]
    public void Six_weeks_away_never_plan_more_work_than_before_the_break()
    {
        // six-week-break, session 61: "3 dose steps back … load 30 → 27.5 kg (−8.3 %), 3 × 10 → 3 × 12 reps,
        // work 300 → 330 kg·reps (+10 %)": a step back to the lighter load put the reps at the top of the range.
        var client = Started(ClientState.New("c") with { LastSessionDate = Reports.Day(0) }, "glute-bridge", 2, Dosage.OfReps(3, 10, 30));
        Assert.Equal("glute-bridge.hip-thrust", client.ProgressOf("glute-bridge")!.VariantId);

        var item = Engine.PlanSession(client, new CheckIn { DaysSinceLastSession = 42 }).Items.Single(i => i.Prescription.ExerciseId == "glute-bridge");

        var dose = item.Prescription.Dosage;
        Assert.True(dose.Reps!.Value * dose.LoadKg!.Value < 300, $"planned {dose}: more than 3 × 10 at 30 kg");
    }

    [Fact]
    public void Every_dose_step_back_of_a_loaded_variant_does_less_work()
    {
        foreach (var exercise in Engine.Catalog.Exercises)
        {
            foreach (var variant in exercise.Variants.Where(v => v.Load is not null && v.Measure == DoseMeasure.Reps))
            {
                var load = variant.Load!;
                for (var kg = load.StartKg + load.SmallestStepKg; kg <= load.MaxKg + 1e-9; kg += load.SmallestStepKg)
                {
                    var at = Dosage.OfReps(variant.StartingDosage.Sets, (int)variant.Reps!.Min, Math.Round(kg, 2));
                    var back = Ladder.StepBack(variant, at, ProgressionPolicy.Default);
                    Assert.NotNull(back);
                    Assert.True(back.Reps!.Value * back.LoadKg!.Value < at.Reps!.Value * at.LoadKg!.Value, $"{variant.Id}: {at} → {back} adds work");
                }
            }
        }
    }

    [Fact]
    public void A_lowered_item_does_not_say_continue_at_the_stored_dose()
    {
        // monthly-morning-flare, session 12: item 3 × 12 with "Continue Wall pullover, feet near the wall at 3 × 13."
        var client = Started(ClientState.New("c") with { LastSessionDate = Reports.Day(0) }, "glute-bridge", 0, Dosage.OfReps(3, 20))
            with { LastSessionExercises = ["glute-bridge"] };

        var item = Engine.PlanSession(client, new CheckIn { MorningPain = 4, BaselinePain = 2 }).Items.Single(i => i.Prescription.ExerciseId == "glute-bridge");

        Assert.Equal(Dosage.OfReps(3, 18), item.Prescription.Dosage);
        var continued = Assert.Single(item.Reasons, r => r.RuleId == SelectionRules.ContinueProgram).Message;
        Assert.DoesNotContain("3 × 20", continued);
        Assert.Contains("3 × 18", continued);
    }

    [Fact]
    public void A_dose_change_states_the_new_dose_once()
    {
        // Was: "2 of 2 successful sessions at 3 × 10: 3 × 10 → 3 × 12 reps (+20 %): 3 × 12."
        var client = Started(ClientState.New("c"), "glute-bridge", 0, Dosage.OfReps(3, 10)) is var c
            ? c.WithProgress("glute-bridge", c.ProgressOf("glute-bridge")! with { SuccessStreak = 1 })
            : null!;
        var prescription = Reports.Current(client, "glute-bridge");

        var review = Engine.ReviewSession(client, Reports.Session(2, Reports.OnTarget(prescription)));

        var reason = Assert.Single(review.Decisions.Single().Reasons, r => r.RuleId == ProgressionRules.TwoForTwo).Message;
        Assert.Equal("2 of 2 successful sessions at 3 × 10: 3 × 10 → 3 × 12 reps (+20 %).", reason);
    }

    [Fact]
    public void A_one_sided_shortfall_names_a_side_only_when_the_sets_were_logged_by_side()
    {
        // weekly-knee-joint-pain, session 25: "2 of 3 sets done on the left" for sets logged without a side.
        var client = Started(ClientState.New("c"), "glute-bridge", 1, Dosage.OfReps(3, 14));
        var prescription = Reports.Current(client, "glute-bridge");

        var review = Engine.ReviewSession(client, Reports.Session(2, Reports.OnTarget(prescription).Take(2)));

        var reason = Assert.Single(review.Decisions.Single().Reasons, r => r.RuleId == ProgressionRules.HoldAfterFailure).Message;
        Assert.StartsWith("2 of 3 sets done (1 of 3 missed sessions)", reason);
    }

    [Fact]
    public void Too_hard_at_the_lowest_dose_does_not_say_rebuild_from_one_step_lower()
    {
        // rpe-9-always: 456 reasons "… so rebuild from one step lower: Side bridge from the knees at 3 × 10 s is
        // already the lowest dose; stay there." for a Hold.
        var knees = Engine.Catalog.Get("side-bridge").Variants[0];
        var client = ClientState.New("c").WithProgress("side-bridge", new ExerciseProgress
        {
            VariantId = knees.Id, Tier = knees.Tier, Dosage = knees.StartingDosage, HardStreak = 5,
        });
        var prescription = Reports.Current(client, "side-bridge");

        var decision = Engine.ReviewSession(client, Reports.Session(2, Reports.OnTarget(prescription, rpe: 9))).Decisions.Single();

        Assert.Equal(ProgressionStep.Hold, decision.Step);
        var reason = Assert.Single(decision.Reasons, r => r.RuleId == ProgressionRules.StepBackAfterHardHolds).Message;
        Assert.DoesNotContain("rebuild from one step lower", reason);
        Assert.Contains("6 sessions in a row", reason);
        Assert.Contains("ask a physiotherapist", reason);
    }

    [Fact]
    public void A_flare_day_session_starts_the_streak_at_the_lowered_level()
    {
        // monthly-morning-flare, sessions 12–13: the flare put the side bridge back to the knees at 3 × 30 s; the next
        // review said "3 (of 2 needed) successful sessions at 3 × 30 s: move on to Side bridge" after one session there.
        var full = Engine.Catalog.Get("side-bridge").Variants[1];
        var client = (ClientState.New("c").WithProgress("side-bridge", new ExerciseProgress
        {
            VariantId = full.Id, Tier = full.Tier, Dosage = full.StartingDosage, SuccessStreak = 1, LastPerformed = Reports.Day(0),
        }) with { LastSessionDate = Reports.Day(0) }) with { LastSessionExercises = ["side-bridge"] };
        var flare = new CheckIn { MorningPain = 4, BaselinePain = 2 };
        var lowered = Engine.PlanSession(client, flare).Items.Single(i => i.Prescription.ExerciseId == "side-bridge").Prescription;
        Assert.NotEqual(full.Id, lowered.VariantId);

        var flareDay = Engine.ReviewSession(client, Reports.Session(2, Reports.OnTarget(lowered)) with { CheckIn = flare });
        var next = Engine.ReviewSession(flareDay.Next, Reports.Session(4, Reports.OnTarget(lowered)));

        Assert.Equal(1, flareDay.Next.ProgressOf("side-bridge")!.SuccessStreak);
        Assert.DoesNotContain(flareDay.Decisions.Single().Reasons, r => r.RuleId == ProgressionRules.TwoForTwo);
        var decision = next.Decisions.Single();
        Assert.StartsWith("2 of 2 successful sessions at " + lowered.Dosage, Assert.Single(decision.Reasons, r => r.RuleId == ProgressionRules.TwoForTwo).Message);
    }

    [Fact]
    public void A_flare_lowered_dose_on_the_same_variant_is_named_by_its_dose()
    {
        // monthly-morning-flare, session 12: "today's plan already lowered Glute bridge to Glute bridge at 3 × 18".
        var client = Started(ClientState.New("c") with { LastSessionDate = Reports.Day(0) }, "glute-bridge", 0, Dosage.OfReps(3, 20))
            with { LastSessionExercises = ["glute-bridge"] };
        var flare = new CheckIn { MorningPain = 4, BaselinePain = 2 };
        var lowered = Engine.PlanSession(client, flare).Items.Single(i => i.Prescription.ExerciseId == "glute-bridge").Prescription;

        var review = Engine.ReviewSession(client, Reports.Session(2, Reports.OnTarget(lowered)) with { CheckIn = flare });

        var reason = Assert.Single(review.Decisions.Single().Reasons, r => r.RuleId == SafetyRules.MorningPainReview).Message;
        Assert.Contains("today's plan already lowered Glute bridge to 3 × 18 and", reason);
    }
}
