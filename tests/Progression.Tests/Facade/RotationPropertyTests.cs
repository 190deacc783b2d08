using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Progression.Packs;

namespace Progression.Tests.Facade;

/// <summary>
/// Issue 16's rotation properties. One plan and review over random states (10,000 cases): random assessments (every
/// imbalance in and out of range, or none measured), random equipment, from none to nearly every exercise under way anywhere on their ladders, with random
/// stints (some past the interval), some engine-started and some host-seeded, some done at the last session, one
/// in five paused. Checked: regions and the lumbar cap still hold; against the same plan without rotation, rotation
/// never empties a region nor takes a full-size session under MinExercises, and takes out only accessories (work
/// there only to be continued, that the engine started); a paused exercise is never planned; a
/// returning exercise is planned at its stored level; and across the plan and a review that reports every planned set
/// on target at RPE 7, no stored level goes down, and an exercise left out does not change at all. Plus 40-session
/// histories (fewer cases) for the variety bound. A failure prints the seed to replay it with
/// <c>[Property(Replay = "(seed,gamma)")]</c>.
/// </summary>
public sealed class RotationPropertyTests
{
    private const int Cases = 10_000;
    private const int HistoryCases = 40;
    private const int MinExercises = 5;
    private const int MostLumbarLoading = 1;
    private const int Interval = 6; // the default AccessoryRotationSessions, written out

    private static readonly ProgressionEngine Engine = Reports.Engine;

    private static readonly ProgressionPolicy NoRotation = ProgressionPolicy.Default with { AccessoryRotationSessions = 0 };

    /// <summary>One case: the client as planned, and what it was made of (for the failure message).</summary>
    public sealed record Case(ClientState Client, string Story)
    {
        public override string ToString() => Story;
    }

    /// <summary>Everything one case in two (the clients rotation is for); otherwise any subset, empty included.</summary>
    private static readonly Gen<IReadOnlySet<Equipment>?> EquipmentSets = Gen.Frequency(
        (1, Gen.Constant<IReadOnlySet<Equipment>?>(AssessmentGenerators.AllEquipment.ToHashSet())), (1, AssessmentGenerators.AnySubset));

    private static readonly Gen<Assessment> Assessments = AssessmentGenerators.Assessments(EquipmentSets);

    /// <summary>The balanced session's exercises (the accessories a new client starts with), drawn twice as often as the rest.</summary>
    private static readonly Exercise[] BalancedSession =
        [.. new[] { "hip-flexor-stretch", "glute-bridge", "bird-dog", "side-bridge", "dead-bug", "wall-pullover" }.Select(ExerciseCatalog.BuiltIn.Get)];

    /// <summary>An exercise under way: its rung, stint, whether the engine started it, whether it was done last session, paused.</summary>
    private static readonly Gen<(Exercise Exercise, int Rung, int Stint, bool Rotates, bool Last, bool Paused, int DaysAgo)> Started =
        from exercise in Gen.Frequency((2, Gen.Elements(BalancedSession)), (1, Gen.Elements(ExerciseCatalog.BuiltIn.Exercises.ToArray())))
        from rung in Gen.Choose(0, exercise.Variants.Count - 1)
        from stint in Gen.Choose(0, 2 * Interval)
        from rotates in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from last in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from paused in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from daysAgo in Gen.Choose(2, 60)
        select (exercise, rung, stint, rotates, last, paused, daysAgo);

    /// <summary>Half the cases measure nothing but the equipment (no finding holds work in place: the clients rotation is for).</summary>
    private static readonly Gen<Assessment> AssessmentsOrEquipment =
        Gen.Frequency((1, Assessments), (1, EquipmentSets.Select(e => new Assessment { Equipment = e })));

    private static readonly Gen<Case> States =
        from assessment in AssessmentsOrEquipment
        from count in Gen.Frequency((1, Gen.Choose(0, 6)), (1, Gen.Choose(12, 24))) // many started: rested exercises come back
        from started in Gen.ArrayOf(Started, count)
        select Make(assessment, started);

    private static readonly DateOnly LastSession = Reports.Day(100);

    private static Case Make(Assessment assessment, (Exercise Exercise, int Rung, int Stint, bool Rotates, bool Last, bool Paused, int DaysAgo)[] started)
    {
        var client = ClientState.New("random", assessment);
        var last = new List<string>();
        foreach (var s in started.DistinctBy(s => s.Exercise.Id))
        {
            var variant = s.Exercise.Variants[s.Rung];
            var done = s.Last && !s.Paused;
            client = client.WithProgress(s.Exercise.Id, new ExerciseProgress
            {
                VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage, SessionsCompleted = s.Stint,
                SessionsInStint = s.Stint, Rotates = s.Rotates, Paused = s.Paused, PauseReason = s.Paused ? "Joint pain at the easiest level." : null,
                LastPerformed = done ? LastSession : LastSession.AddDays(-s.DaysAgo),
            });
            if (done)
            {
                last.Add(s.Exercise.Id);
            }
        }

        client = client with { LastSessionDate = LastSession, LastSessionExercises = last };
        var equipment = assessment.Equipment is null ? "everything" : string.Join("+", assessment.Equipment);
        return new Case(client, $"H:Q {assessment.HamstringQuadRatio}, bridge {assessment.SingleLegBridgeSeconds}, hips {assessment.HipFlexorAngle}, trunk {assessment.Trunk}, "
                                + $"equipment {equipment}, started {string.Join(", ", started.DistinctBy(s => s.Exercise.Id).Select(s => $"{s.Exercise.Variants[s.Rung].Id} stint {s.Stint}{(s.Rotates ? "" : " seeded")}{(s.Last ? " last" : "")}{(s.Paused ? " paused" : "")}"))}");
    }

    /// <summary><see cref="States"/> as a <c>[Property]</c>'s parameter.</summary>
    public static class RandomStates
    {
        public static Arbitrary<Case> States() => RotationPropertyTests.States.ToArbitrary();
    }

    private static BackRegion RegionOf(PlannedExercise item) => Engine.Catalog.Get(item.Prescription.ExerciseId).Region!.Value;

    private static string Describe(SessionPlan plan) =>
        $"plan {string.Join(", ", plan.Items.Select(i => i.Prescription.VariantId))}; reasons: {string.Join(" | ", plan.Reasons.Select(r => r.Message))}";

    [Property(MaxTest = Cases, Arbitrary = [typeof(RandomStates)])]
    public void Property_rotation_keeps_regions_the_cap_and_the_session_size_and_never_plans_a_paused_exercise(Case c)
    {
        var plan = Engine.PlanSession(c.Client);
        var without = Engine.PlanSession(c.Client with { Policy = NoRotation });

        var loading = plan.Items.Count(i => Engine.Catalog.Get(i.Prescription.ExerciseId).LoadsLumbarSpine);
        Assert.True(loading <= MostLumbarLoading, $"{loading} lumbar-loading exercises; {Describe(plan)}");
        Assert.DoesNotContain(plan.Items, i => c.Client.ProgressOf(i.Prescription.ExerciseId) is { Paused: true });
        if (without.Items.Count >= MinExercises)
        {
            Assert.True(plan.Items.Count >= MinExercises, $"{plan.Items.Count} exercises with rotation, {without.Items.Count} without; {Describe(plan)}");
        }

        // Only accessories leave: what rotation took out was, in the plan without rotation, there only to be continued
        // (no imbalance, safety, equipment or stored-state rule shaped it), and the engine had started it.
        foreach (var gone in without.Items.Where(i => !plan.Items.Any(p => p.Prescription.ExerciseId == i.Prescription.ExerciseId)))
        {
            var name = Engine.Catalog.Get(gone.Prescription.ExerciseId).Name;
            if (plan.Reasons.Any(r => r.RuleId == SelectionRules.AccessoryRotation && r.Message.StartsWith(name + " has been in", StringComparison.Ordinal)))
            {
                Assert.All(gone.Reasons, r => Assert.Equal(SelectionRules.ContinueProgram, r.RuleId));
                Assert.True(c.Client.ProgressOf(gone.Prescription.ExerciseId)!.Rotates, $"{name} was seeded by the host, yet rotated out; {Describe(plan)}");
            }
        }

        // The session-size reason names only exercises that are really left out (not one a region added back).
        foreach (var reason in plan.Reasons.Where(r => r.RuleId == SelectionRules.SessionSize))
        {
            Assert.DoesNotContain(plan.Items, i => LeftOut(reason.Message).Contains(Engine.Catalog.Get(i.Prescription.ExerciseId).Name));
        }

        foreach (var region in Enum.GetValues<BackRegion>())
        {
            var have = plan.Items.Count(i => RegionOf(i) == region);
            var had = without.Items.Count(i => RegionOf(i) == region);
            Assert.True(have >= Math.Min(had, 1), $"{region}: {have} with rotation, {had} without; {Describe(plan)}");
        }
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(RandomStates)])]
    public void Property_rotation_never_lowers_a_stored_level_and_a_rested_exercise_comes_back_where_it_left_off(Case c)
    {
        var plan = Engine.PlanSession(c.Client);
        foreach (var item in plan.Items.Where(i => i.Reasons.Any(r => r.RuleId == SelectionRules.AccessoryRotation)))
        {
            if (c.Client.ProgressOf(item.Prescription.ExerciseId) is { } stored)
            {
                Assert.Equal((stored.VariantId, stored.Dosage), (item.Prescription.VariantId, item.Prescription.Dosage));
            }
        }

        if (plan.Items.Count == 0)
        {
            return;
        }

        var sets = plan.Items.SelectMany(i => Reports.OnTarget(i.Prescription)).ToArray();
        var next = Engine.ReviewSession(c.Client, Reports.Session(102, sets)).Next;
        foreach (var (id, before) in c.Client.Progress)
        {
            var after = next.ProgressOf(id)!;
            if (!plan.Items.Any(i => i.Prescription.ExerciseId == id))
            {
                Assert.Equal(before, after); // left out (rotated out, resting, paused): untouched
                continue;
            }

            var exercise = Engine.Catalog.Get(id);
            var (from, to) = (exercise.IndexOf(before.VariantId), exercise.IndexOf(after.VariantId));
            Assert.True(to >= from, $"{id}: {before.VariantId} → {after.VariantId}; {Describe(plan)}");
            if (to == from)
            {
                Assert.True(Level(after.Dosage).CompareTo(Level(before.Dosage)) >= 0, $"{id}: {before.Dosage} → {after.Dosage}; {Describe(plan)}");
            }
        }
    }

    private static string[] LeftOut(string message)
        => message[(message.IndexOf("left out today: ", StringComparison.Ordinal) + "left out today: ".Length)..].TrimEnd('.').Split(", ");

    [Fact]
    public void The_random_states_rotate_often_enough_for_the_properties_to_mean_something()
    {
        // One sample per seed: states drawn from one seed in a batch repeat too often to measure a rate.
        var states = Enumerable.Range(0, 500).Select(i => Gen.Sample(States, 50, new Rnd(20261201UL + (ulong)i), 1)[0]).ToList();

        var rotating = states.Count(c => Engine.PlanSession(c.Client).Reasons.Any(r => r.RuleId == SelectionRules.AccessoryRotation && r.Message.Contains(" has been in ", StringComparison.Ordinal)));
        var returning = states.Count(c => Engine.PlanSession(c.Client).Items.Any(i => i.Reasons.Any(r => r.RuleId == SelectionRules.AccessoryRotation) && c.Client.ProgressOf(i.Prescription.ExerciseId) is not null));

        Assert.True(rotating >= 50, $"{rotating} of 500 random states rotate an exercise out");
        Assert.True(returning >= 10, $"{returning} of 500 random states bring a rested exercise back");
    }

    /// <summary>A dose's level on one variant: load first, then sets, then reps or seconds (a load step may take reps off).</summary>
    private static (double, int, double) Level(Dosage d) => (d.LoadKg ?? 0, d.Sets, (double?)d.Reps ?? d.HoldSeconds ?? 0);

    /// <summary>A 40-session history for a client with every piece of equipment: each set on target, or short, at RPE 6–8.</summary>
    public sealed record History(Assessment Assessment, int Seed)
    {
        public override string ToString() => $"assessment {Assessment.Trunk}, H:Q {Assessment.HamstringQuadRatio}; performance seed {Seed}";
    }

    /// <summary>No finding holds an exercise in place (measurements inside every threshold, or none), every piece of equipment.</summary>
    private static readonly Gen<History> Histories =
        from measured in Gen.Elements(true, false)
        from extensor in Gen.Choose(100, 160)
        from side in Gen.Choose(40, 90)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select new History(new Assessment
        {
            Equipment = AssessmentGenerators.AllEquipment.ToHashSet(),
            HamstringQuadRatio = measured ? 0.7 : null,
            Trunk = measured ? new TrunkEndurance { FlexorSeconds = 90, ExtensorSeconds = extensor, SideBridgeLeftSeconds = side, SideBridgeRightSeconds = side } : null,
        }, seed);

    public static class RandomHistories
    {
        public static Arbitrary<History> Histories() => RotationPropertyTests.Histories.ToArbitrary();
    }

    /// <summary>
    /// At least 12 distinct exercises in 40 sessions. The catalog has 14, and a client with every piece of equipment can
    /// do them all: the balanced session's six (two below, three around, the wall pullover above, the only exercise
    /// there); the three around-the-back exercises not in it (one rotation a region a session, at sessions 7, 8 and 9,
    /// each to one never done); and of the five below, the rotations at sessions 7, 8, 13, 14, 19 and 20 each bring one
    /// never done while any is left. Two are left as margin: the lumbar cap keeps the hip hinge out while the seated good
    /// morning is in, and a failed streak does not hold an exercise in place but the margin keeps the bound from being
    /// the exact count of one schedule. An exercise paused on the way (three failed sessions at its easiest rung)
    /// lowers the bound by one: it leaves the pool, and a paused bird dog and dead bug leave the side bridge as the last
    /// trunk endurance work, which gives its slot only to trunk work, so the QL stretch, good morning and slant bar
    /// squat wait (seed 1461038722: both paused by session 5, 11 exercises in 40 sessions).
    /// </summary>
    [Property(MaxTest = HistoryCases, Arbitrary = [typeof(RandomHistories)])]
    public void Property_a_client_with_every_piece_of_equipment_sees_at_least_12_exercises_less_one_a_pause_in_40_sessions(History h)
    {
        var random = new Random(h.Seed);
        var client = ClientState.New("variety", h.Assessment);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 1; n <= 40; n++)
        {
            var plan = Engine.PlanSession(client);
            seen.UnionWith(plan.Items.Select(i => i.Prescription.ExerciseId));
            var sets = plan.Items.SelectMany(i => random.Next(4) == 0 ? Reports.ShortOfTarget(i.Prescription) : Reports.OnTarget(i.Prescription, rpe: random.Next(6, 9))).ToArray();
            client = Engine.ReviewSession(client, Reports.Session(2 * n, sets)).Next;
        }

        var paused = client.Progress.Values.Count(p => p.Paused);
        Assert.True(seen.Count >= 12 - paused, $"{seen.Count} distinct exercises in 40 sessions ({paused} paused): {string.Join(", ", seen.Order())}");
    }
}
