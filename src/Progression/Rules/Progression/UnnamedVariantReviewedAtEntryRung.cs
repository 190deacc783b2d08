using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A session reported without a variant, on an exercise with no usable progress, is reviewed at the entry rung a plan would prescribe.</summary>
[Name(SelectionRules.VariantAssumedReview)]
[Description("A session reported without a variant, for an exercise the client has no usable progress on, is reviewed at the variant a plan would prescribe: the entry rung the client's equipment allows.")]
[Priority(SelectionRules.KeepLevelSalience)]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class UnnamedVariantReviewedAtEntryRung : Rule
{
    public override void Define()
    {
        ExercisePerformance performance = null!;

        When()
            .Match(() => performance, p => p.VariantAssumed);

        Then()
            .Do(ctx => Note(ctx, performance));
    }

    private static void Note(IContext ctx, ExercisePerformance p)
    {
        var why = p.UnknownStoredVariantId is { } old
            ? $"your stored variant '{old}' is no longer in the catalog"
            : "you have no progress on it";
        var which = p.AssumedFromAssessment
            ? "the start your assessment set"
            : SelectionRules.HasEquipment(p.Client, p.Variant)
            ? "the first your equipment allows"
            : $"the ladder's first rung, as your equipment allows none of them; it needs {p.Variant.MissingFrom(p.Client.Assessment?.Equipment)}";
        ctx.Insert(new ReviewNote(p.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"No variant was named for {p.Exercise.Name} and {why}: reviewed as {p.Variant.Name} at {p.Progress.Dosage}, the variant a plan prescribes you to start with ({which}).")));
    }
}
