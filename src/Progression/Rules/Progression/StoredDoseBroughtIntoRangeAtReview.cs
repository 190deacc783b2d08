using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A stored dose outside its variant's range is brought inside it before the session is judged, and the review says so.</summary>
[Name(SelectionRules.StoredDoseOutOfRangeReview)]
[Description("A stored dose outside its variant's range is brought inside it before the session is judged, naming the stored dose.")]
[Priority(SelectionRules.KeepLevelSalience)]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class StoredDoseBroughtIntoRangeAtReview : Rule
{
    public override void Define()
    {
        ExercisePerformance performance = null!;

        When()
            .Match(() => performance, p => p.StoredDosageOutOfRange != null);

        Then()
            .Do(ctx => Note(ctx, performance));
    }

    private static void Note(IContext ctx, ExercisePerformance p)
    {
        ctx.Insert(new ReviewNote(p.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"Your stored dose of {p.Variant.Name}, {p.StoredDosageOutOfRange}, is outside its range ({SelectionRules.RangeText(p.Variant)}): the session is judged against {p.Progress.Dosage}.")));
    }
}
