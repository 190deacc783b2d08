using System.Globalization;
using System.Text;


namespace Progression;

/// <summary>Writes ladders and rule lists as Mermaid flowcharts, so a coach can see the program instead of reading code.</summary>
internal static class Diagrams
{
    public static string Ladder(Exercise exercise)
    {
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        text.Append(CultureInfo.InvariantCulture, $"  %% {exercise.Name} ({exercise.Id}): easiest first; each arrow is an Advance.\n");
        for (var i = 0; i < exercise.Variants.Count; i++)
        {
            var variant = exercise.Variants[i];
            text.Append(CultureInfo.InvariantCulture, $"  v{i}[\"{Escape(variant.Name)}<br/>{variant.Tier} · {Dose(variant)}{Equipment(variant)}\"]\n");
        }

        for (var i = 1; i < exercise.Variants.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  v{i - 1} -->|top dose| v{i}\n");
        }

        return text.ToString();
    }

    public static string Rules(IReadOnlyList<RuleInfo> rules)
    {
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        var facts = rules.SelectMany(r => r.FactTypes.Concat(r.ConditionTypes)).Select(t => t.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var fact in facts)
        {
            text.Append(CultureInfo.InvariantCulture, $"  f_{fact}([\"{fact}\"])\n");
        }

        foreach (var group in rules.GroupBy(r => r.Pack.Length == 0 ? "rules" : r.Pack))
        {
            text.Append(CultureInfo.InvariantCulture, $"  subgraph {Id(group.Key)}[\"{Escape(group.Key)}\"]\n");
            foreach (var rule in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"    r{rule.Order}[\"{Escape(rule.Id)}<br/>{string.Join(" · ", rule.Questions)} · priority {rule.Priority}\"]\n");
            }

            text.Append("  end\n");
        }

        foreach (var rule in rules)
        {
            foreach (var type in rule.FactTypes.Select(t => t.Name).Distinct(StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"  f_{type} --> r{rule.Order}\n");
            }

            foreach (var type in rule.ConditionTypes.Select(t => t.Name).Distinct(StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"  f_{type} -.->|not / exists| r{rule.Order}\n");
            }
        }

        return text.ToString();
    }

    private static string Dose(ExerciseVariant variant)
    {
        var range = variant.Range!;
        var unit = variant.Measure == DoseMeasure.Reps ? "reps" : "s";
        var dose = FormattableString.Invariant($"{variant.Sets} × {range.Min:0.##}–{range.Max:0.##} {unit}");
        return variant.Load is { } load
            ? dose + FormattableString.Invariant($" · {load.StartKg:0.##}–{load.MaxKg:0.##} kg")
            : dose;
    }

    private static string Equipment(ExerciseVariant variant)
        => variant.Equipment.Count == 0
            ? string.Empty
            : " · " + string.Join(", ", variant.Equipment.Order().Select(item => variant.StandIns.TryGetValue(item, out var standIn) ? $"{item} or {standIn}" : item.ToString()));

    private static string Id(string text) => "g_" + new string(text.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    private static string Escape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal);
}
