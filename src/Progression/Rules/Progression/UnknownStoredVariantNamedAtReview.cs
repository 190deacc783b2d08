using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A stored variant the catalog no longer has is named when the session is reviewed; the ladder starts again at the variant performed.</summary>
[Name(SelectionRules.StoredVariantUnknownReview)]
[Description("A stored variant the catalog no longer has is named when the session is reviewed; the ladder starts again at the variant performed.")]
[Priority(SelectionRules.KeepLevelSalience)]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class UnknownStoredVariantNamedAtReview : Rule
{
    public override void Define()
    {
        ExercisePerformance performance = null!;

        When()
            .Match(() => performance, p => p.UnknownStoredVariantId != null, p => !p.VariantAssumed);

        Then()
            .Do(ctx => Note(ctx, performance));
    }

    private static void Note(IContext ctx, ExercisePerformance p)
    {
        ctx.Insert(new ReviewNote(p.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"Your stored variant of {p.Exercise.Name}, '{p.UnknownStoredVariantId}', is no longer in the catalog: the session is judged at {p.Variant.Name} at {p.Progress.Dosage}, where the ladder starts again.")));
    }
}
