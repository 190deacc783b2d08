using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Progression.Packs;

namespace Progression.Tests.Facade;

public sealed class PlanSessionTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    [Fact]
    public void A_new_client_gets_a_balanced_session_within_the_size_bounds()
    {
        var plan = Engine.PlanSession(ClientState.New("c1"));

        Assert.Equal(Referral.None, plan.Referral);
        Assert.InRange(plan.Items.Count, Engine.Policy.MinExercises, Engine.Policy.MaxExercises);
        Assert.All(plan.Items, item => Assert.NotEmpty(item.Reasons));
        var ids = plan.Items.Select(i => i.Prescription.ExerciseId).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(plan.Items, item => Assert.Equal(
            Engine.Catalog.Find(item.Prescription.ExerciseId)!.Variants[0].Id, item.Prescription.VariantId));
    }

    [Fact]
    public void Stretches_come_before_strength_work()
    {
        var plan = Engine.PlanSession(ClientState.New("c1"));
        var stretch = plan.Items.Select(i => Engine.Catalog.Find(i.Prescription.ExerciseId)!.IsStretch).ToList();

        Assert.Equal(stretch.OrderByDescending(s => s), stretch);
    }

    [Theory]
    [InlineData(RedFlag.BladderOrBowelChange, Referral.Emergency)]
    [InlineData(RedFlag.SaddleNumbness, Referral.Emergency)]
    [InlineData(RedFlag.BilateralLegSymptoms, Referral.Emergency)]
    [InlineData(RedFlag.ProgressiveWeakness, Referral.Urgent)]
    [InlineData(RedFlag.NightPain, Referral.Urgent)]
    [InlineData(RedFlag.UnexplainedWeightLoss, Referral.Urgent)]
    [InlineData(RedFlag.Fever, Referral.Urgent)]
    [InlineData(RedFlag.CancerHistory, Referral.Urgent)]
    [InlineData(RedFlag.RecentTrauma, Referral.Urgent)]
    [InlineData(RedFlag.NewPainUnder20OrOver50, Referral.Urgent)]
    [InlineData(RedFlag.OsteoporosisOrSteroidUse, Referral.Urgent)]
    [InlineData(RedFlag.Immunosuppression, Referral.Urgent)]
    [InlineData(RedFlag.ThoracicPain, Referral.Urgent)]
    public void A_red_flag_refers_and_plans_nothing(RedFlag flag, Referral referral)
    {
        var plan = Engine.PlanSession(ClientState.New("c1"), new CheckIn { RedFlags = new HashSet<RedFlag> { flag } });

        Assert.Empty(plan.Items);
        Assert.Equal(referral, plan.Referral);
        var reason = Assert.Single(plan.Reasons);
        Assert.Contains(referral == Referral.Emergency ? "emergency department now" : "see a doctor today", reason.Message);
    }

    /// <summary>Non-empty sets of red flags.</summary>
    private static class RedFlagSets
    {
        public static Arbitrary<HashSet<RedFlag>> Sets()
            => Gen.NonEmptyListOf(Gen.Elements(Enum.GetValues<RedFlag>())).Select(l => l.ToHashSet()).ToArbitrary();
    }

    private static readonly RedFlag[] CaudaEquina = [RedFlag.BladderOrBowelChange, RedFlag.SaddleNumbness, RedFlag.BilateralLegSymptoms];

    [Property(MaxTest = 10_000, Arbitrary = [typeof(RedFlagSets)])]
    public bool Property_any_red_flag_refers_and_plans_no_exercise(HashSet<RedFlag> flags)
    {
        // Progressive weakness alone is urgent; with symptoms in both legs it is a cauda equina sign (BASS 2018), and
        // that combination adds one reason of its own.
        var plan = Engine.PlanSession(ClientState.New("c1"), new CheckIn { RedFlags = flags });
        var expected = flags.Overlaps(CaudaEquina) ? Referral.Emergency : Referral.Urgent;
        var bilateralWeakness = flags.Contains(RedFlag.ProgressiveWeakness) && flags.Contains(RedFlag.BilateralLegSymptoms) ? 1 : 0;
        return plan.Items.Count == 0 && plan.Referral == expected && plan.Reasons.Count == flags.Count + bilateralWeakness;
    }

    [Fact]
    public void Morning_pain_above_baseline_regresses_the_last_sessions_exercises_in_the_plan()
    {
        var variant = Engine.Catalog.Find("atg-split-squat")!.Variants[1];
        var client = ClientState.New("c1").WithProgress("atg-split-squat",
            new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage, SuccessStreak = 1 }) with
        {
            LastSessionExercises = ["atg-split-squat"],
        };

        var plan = Engine.PlanSession(client, new CheckIn { MorningPain = 5, BaselinePain = 2 });

        var item = Assert.Single(plan.Items, i => i.Prescription.ExerciseId == "atg-split-squat");
        Assert.Equal(Engine.Catalog.Find("atg-split-squat")!.Variants[0].Id, item.Prescription.VariantId);
        Assert.Contains(item.Reasons, r => r.RuleId == SelectionRules.MorningPainPlan);
    }

    [Fact]
    public void A_paused_exercise_is_left_out_with_its_reason()
    {
        var variant = Engine.Catalog.Find("glute-bridge")!.Variants[0];
        var client = ClientState.New("c1").WithProgress("glute-bridge",
            new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage, Paused = true, PauseReason = "knee pain" });

        var plan = Engine.PlanSession(client);

        Assert.DoesNotContain(plan.Items, i => i.Prescription.ExerciseId == "glute-bridge");
        Assert.Contains(plan.Reasons, r => r.RuleId == SelectionRules.PausedSkipped && r.Message.Contains("knee pain"));
    }

    [Fact]
    public void A_client_with_progress_gets_each_exercise_at_its_current_variant_and_dose()
    {
        var client = ClientState.New("c1");
        var doses = new Dictionary<string, (int Rung, Dosage Dose)>
        {
            ["glute-bridge"] = (2, Dosage.OfReps(3, 10, 42.5)),
            ["bird-dog"] = (1, Dosage.OfReps(3, 9)),
            ["side-bridge"] = (1, Dosage.OfHold(3, 25)),
            ["atg-split-squat"] = (1, Dosage.OfReps(3, 8)),
        };
        foreach (var (id, (rung, dose)) in doses)
        {
            var variant = Engine.Catalog.Find(id)!.Variants[rung];
            client = client.WithProgress(id, new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = dose });
        }

        var plan = Engine.PlanSession(client);

        foreach (var (id, (rung, dose)) in doses)
        {
            var item = Assert.Single(plan.Items, i => i.Prescription.ExerciseId == id);
            Assert.Equal(Engine.Catalog.Find(id)!.Variants[rung].Id, item.Prescription.VariantId);
            Assert.Equal(dose, item.Prescription.Dosage);
            Assert.Contains(item.Reasons, r => r.RuleId == SelectionRules.ContinueProgram);
        }
    }

    /// <summary>No equipment restriction, or any subset of the equipment (none at all included).</summary>
    private static class EquipmentSets
    {
        public static Arbitrary<IReadOnlySet<Equipment>?> Sets()
            => Gen.OneOf(
                Gen.Constant<IReadOnlySet<Equipment>?>(null),
                Gen.SubListOf(Enum.GetValues<Equipment>()).Select(l => (IReadOnlySet<Equipment>?)l.ToHashSet())).ToArbitrary();
    }

    [Property(MaxTest = 10_000, Arbitrary = [typeof(EquipmentSets)])]
    public bool Property_a_plan_never_holds_a_variant_whose_equipment_is_missing_and_stays_within_bounds(IReadOnlySet<Equipment>? equipment)
    {
        var client = ClientState.New("c1", new Assessment { Equipment = equipment });
        var plan = Engine.PlanSession(client);
        var ids = plan.Items.Select(i => i.Prescription.ExerciseId).ToList();
        return plan.Items.Count <= Engine.Policy.MaxExercises
               && ids.Distinct().Count() == ids.Count
               && plan.Items.All(i => equipment is null || Owned(equipment,
                   Engine.Catalog.Find(i.Prescription.ExerciseId)!.Variants.First(v => v.Id == i.Prescription.VariantId)))
               && plan.Equals(Engine.PlanSession(client));
    }

    /// <summary>Every piece the variant needs is owned, or the stand-in the catalog names for it (a chair for a bench).</summary>
    private static bool Owned(IReadOnlySet<Equipment> owned, ExerciseVariant variant)
        => variant.Equipment.All(item => owned.Contains(item) || (variant.StandIns.TryGetValue(item, out var standIn) && owned.Contains(standIn)));
}
