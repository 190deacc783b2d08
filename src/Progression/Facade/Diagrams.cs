using System.Globalization;
using System.Text;
using NRules.Diagnostics;

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

    /// <summary>
    /// NRules' compiled Rete network of one question as a Mermaid flowchart, top-down from the root: fact types, the
    /// condition each selection or join node tests, memories, and the rules at the bottom. Nodes NRules shares between
    /// rules are drawn once, so the diagram shows what one session really evaluates.
    /// </summary>
    public static string Network(ReteGraph graph, string question)
    {
        var text = new StringBuilder();
        text.Append("flowchart TD\n");
        text.Append(CultureInfo.InvariantCulture, $"  %% The {question} rules as NRules compiled them: {graph.Nodes.Count} nodes.\n");
        foreach (var node in graph.Nodes.OrderBy(n => n.Id))
        {
            var (open, close) = node.NodeType switch
            {
                NodeType.Type => ("([", "])"),
                NodeType.Rule => ("[[", "]]"),
                NodeType.AlphaMemory or NodeType.BetaMemory => ("[(", ")]"),
                _ => ("[", "]"),
            };
            text.Append(CultureInfo.InvariantCulture, $"  n{node.Id}{open}\"{Escape(Label(node))}\"{close}\n");
        }

        foreach (var link in graph.Links.OrderBy(l => l.Source.Id).ThenBy(l => l.Target.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $"  n{link.Source.Id} --> n{link.Target.Id}\n");
        }

        return text.ToString();
    }

    private static string Label(ReteNode node)
    {
        var kind = node.NodeType.ToString();
        return node.NodeType switch
        {
            NodeType.Type => node.OutputType?.Name ?? kind,
            NodeType.Rule => string.Join("<br/>", node.Rules.Select(r => r.Name)),
            NodeType.AlphaMemory or NodeType.BetaMemory or NodeType.Root or NodeType.Dummy => kind,
            _ when node.Expressions.Count > 0 => kind + ": " + string.Join(" · ", node.Expressions.Select(e => Shorten(e.Value.Body.ToString()))),
            _ => kind,
        };
    }

    // Expression text can be long (a helper call with its arguments): the diagram keeps the start.
    private static string Shorten(string expression) => expression.Length <= 80 ? expression : expression[..77] + "...";

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

    private static string Escape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<br/>", "\u0001", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal).Replace("\u0001", "<br/>", StringComparison.Ordinal);
}
