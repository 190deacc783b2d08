using System.Text;

namespace Progression.Tests.Simulation;

/// <summary>
/// A diagnostic, not a test: with PROGRESSION_TRACE=dir set, writes every persona's history (check-in, plan items
/// and reasons, sets and verdicts, review decisions) to dir/persona.txt, for a person to read the reasons as a
/// client or a physiotherapist would. Skipped otherwise.
/// </summary>
public sealed class TraceDump
{
    private const string Variable = "PROGRESSION_TRACE";

    [TraceFact]
    public void Write_every_persona_history_to_PROGRESSION_TRACE()
    {
        var dir = Environment.GetEnvironmentVariable(Variable)!;
        Directory.CreateDirectory(dir);
        foreach (var persona in Personas.All)
        {
            File.WriteAllText(Path.Combine(dir, persona.Name + ".txt"), Trace(Simulator.Run(persona)));
        }
    }

    private static string Trace(SimulationRun run)
    {
        var text = new StringBuilder();
        void Line(string line) => text.AppendLine(line);
        void Reasons(string prefix, IEnumerable<Reason> reasons)
        {
            foreach (var reason in reasons)
            {
                Line(prefix + reason);
            }
        }

        foreach (var s in run.Sessions)
        {
            var open = s.Before.OpenReferral is { } o ? $" [open referral {o.Urgency}]" : "";
            Line($"=== session {s.Number} {s.Date:yyyy-MM-dd} away {s.DaysAway} morning {s.CheckIn.MorningPain}/baseline {s.CheckIn.BaselinePain}{(s.ClearedReferral ? " [referral cleared]" : "")}{open}");
            Line($"PLAN referral {s.Plan.Referral}");
            Reasons("  plan: ", s.Plan.Reasons);
            foreach (var item in s.Plan.Items)
            {
                Line($"  ITEM {item.Prescription.ExerciseId}: {item.Prescription}");
                Reasons("     - ", item.Reasons);
            }

            for (var k = 0; k < s.Sets.Count; k++)
            {
                var (set, verdict) = (s.Sets[k], s.Verdicts[k]);
                var symptoms = string.Join(", ", set.Symptoms.Select(x => $"{x.Kind} {x.Site} {x.Intensity}"));
                Line($"  SET {set.ExerciseId} #{set.SetNumber} reps {set.Reps} hold {set.HoldSeconds} kg {set.LoadKg} rpe {set.Rpe} symptoms [{symptoms}] → {verdict.Action} {verdict.Referral}");
                if (set.Symptoms.Count > 0 || verdict.Action != SetAction.Continue)
                {
                    Reasons("     v: ", verdict.Reasons);
                }
            }

            if (s.Review is { } review)
            {
                Line($"REVIEW referral {review.Referral}");
                Reasons("  review: ", review.Reasons);
                foreach (var d in review.Decisions)
                {
                    Line($"  DECISION {d.ExerciseId}: {d.Step} {d.From} → {d.To}");
                    Reasons("     - ", d.Reasons);
                }
            }
        }

        foreach (var (name, list) in run.Violations.Where(v => v.Value.Count > 0))
        {
            Line($"VIOLATION {name}: {list.Count}");
            foreach (var violation in list.Take(3))
            {
                Line("  " + violation);
            }
        }

        return text.ToString();
    }

    /// <summary>A fact that runs only when PROGRESSION_TRACE names a directory.</summary>
    private sealed class TraceFactAttribute : FactAttribute
    {
        public TraceFactAttribute()
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            {
                Skip = $"Diagnostic, not a test: set {Variable}=<dir> to write every persona's history to <dir>/<persona>.txt.";
            }
        }
    }
}
