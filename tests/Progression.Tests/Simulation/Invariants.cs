using System.Globalization;
using System.Text.RegularExpressions;

namespace Progression.Tests.Simulation;

/// <summary>
/// A property of every session of a history, checked after its plan and review. An invariant may keep state
/// across the sessions of one history (streaks, an open referral); <see cref="Invariants.All"/> makes fresh ones
/// for each run. Thresholds are the sources' numbers written out (DESIGN.md), not read back from the policy.
/// </summary>
internal interface IInvariant
{
    string Name { get; }

    /// <summary>Every violation in <paramref name="session"/>: the decision it concerns (if any) and what is wrong.</summary>
    IEnumerable<(ExerciseDecision? Decision, string Detail)> Check(SessionRecord session);
}

internal static class Invariants
{
    public const string LightestLoad = "never-below-the-lightest-load";
    public const string InsideRange = "to-inside-the-variant-range";
    public const string ReasonNumbers = "reason-numbers-are-the-decision-numbers";
    public const string LoadSteps = "load-steps-2-to-10-percent-or-work-held";
    public const string Deloads = "deload-takes-5-to-15-percent-of-work";
    public const string ReferralSurfaced = "referral-never-ignored";
    public const string ReferralRemembered = "referral-remembered-until-cleared";
    public const string PauseNeedsCause = "no-pause-without-joint-pain-at-the-easiest-start-or-a-referral";
    public const string Stall = "no-stall-past-three-failures";
    public const string HardHolds = "no-more-than-six-hard-holds-in-a-row";
    public const string PlanSize = "plan-size-within-5-to-7";
    public const string AsPlanned = "performed-as-planned-never-stores-less";
    public const string EquipmentDayOnly = "missing-equipment-lowers-the-day-only";
    public const string Detraining = "a-break-of-14-days-steps-back-with-a-reason";
    public const string JsonRoundTrip = "state-round-trips-through-json";
    public const string LoweringAddsNoWork = "a-step-down-on-the-same-variant-never-adds-work";
    public const string RegionsCovered = "a-full-size-plan-works-below-around-and-above";
    public const string LumbarCap = "at-most-one-lumbar-loading-exercise";
    public const string RestKeepsLevel = "an-exercise-left-out-keeps-its-level-and-comes-back-there";
    public const string Variety = "every-exercise-of-the-catalog-within-120-sessions";
    public const string TrunkKept = "trunk-endurance-work-is-not-rotated-away";

    /// <summary>Every invariant, fresh (no state) for one history.</summary>
    public static IReadOnlyList<IInvariant> All() =>
    [
        new Stateless(LightestLoad, CheckLightestLoad),
        new Stateless(InsideRange, CheckInsideRange),
        new Stateless(ReasonNumbers, CheckReasonNumbers),
        new Stateless(LoadSteps, CheckLoadSteps),
        new Stateless(Deloads, CheckDeloads),
        new Stateless(ReferralSurfaced, CheckReferralSurfaced),
        new RememberedReferral(),
        new Stateless(PauseNeedsCause, CheckPauseCause),
        new Streak(Stall, IsFailedAboveTheStart, limit: 2, "held after {0} failed sessions in a row; three (FailuresToDeload) must step down"),
        new Streak(HardHolds, IsHardButMet, limit: 6, "held after {0} sessions in a row met only at RPE 9–10; six must step the dose back"),
        new Stateless(PlanSize, CheckPlanSize),
        new Stateless(AsPlanned, CheckAsPlanned),
        new Stateless(EquipmentDayOnly, CheckEquipmentDayOnly),
        new Stateless(Detraining, CheckDetraining),
        new Stateless(JsonRoundTrip, _ => []), // checked by the simulator when it stores the state
        new Stateless(LoweringAddsNoWork, CheckLoweringAddsNoWork),
        new Stateless(RegionsCovered, CheckRegionsCovered),
        new Stateless(LumbarCap, CheckLumbarCap),
        new Stateless(RestKeepsLevel, CheckRestKeepsLevel),
        new Stateless(TrunkKept, CheckTrunkKept),
        new DistinctExercises(),
    ];

    // ---- Numbers from DESIGN.md ("Assisted → bodyweight → loaded", "Stop on joint pain"), written out. ----
    private const double MinLoadStepPercent = 2;
    private const double MaxLoadStepPercent = 10;
    private const double MostWorkAddedByAStep = 1.10;
    private const double MostWorkTakenByAStep = 0.85;
    private const double LeastWorkTakenByADeload = 0.95;
    private const double MostWorkTakenByADeload = 0.85;
    private const int JointPainStopsAbove = 0; // the default (strict) policy every persona runs on
    private const int MinExercises = 5;
    private const int MaxExercises = 7;
    private const int DaysAwayThatDetrain = 14;
    private const int MostLumbarLoadingExercises = 1; // issue 16: "at most a policy number", 1 by default

    private const double Tolerance = 1e-9;

    private sealed class Stateless(string name, Func<SessionRecord, IEnumerable<(ExerciseDecision?, string)>> check) : IInvariant
    {
        public string Name => name;

        public IEnumerable<(ExerciseDecision? Decision, string Detail)> Check(SessionRecord session) => check(session);
    }

    /// <summary>Counts, per exercise, Hold decisions on sessions of one kind in a row; more than <c>limit</c> is a violation.</summary>
    private sealed class Streak(string name, Func<SessionRecord, ExerciseDecision, bool> counts, int limit, string message) : IInvariant
    {
        private readonly Dictionary<string, int> _holds = new(StringComparer.Ordinal);

        public string Name => name;

        public IEnumerable<(ExerciseDecision? Decision, string Detail)> Check(SessionRecord session)
        {
            foreach (var decision in session.Review?.Decisions ?? [])
            {
                if (!counts(session, decision))
                {
                    _holds[decision.ExerciseId] = 0;
                    continue;
                }

                var held = decision.Step == ProgressionStep.Hold ? _holds.GetValueOrDefault(decision.ExerciseId) + 1 : 0;
                _holds[decision.ExerciseId] = held;
                if (held > limit)
                {
                    yield return (decision, string.Format(CultureInfo.InvariantCulture, message, held));
                }
            }
        }
    }

    /// <summary>
    /// DESIGN.md: a referral is remembered. A review that referred stores <see cref="ClientState.OpenReferral"/> at
    /// least as urgent; while it is open every plan returns it and plans nothing; it leaves the state only by a
    /// clinician's clearance (the simulator clears it some days on, as a host would with ClearReferral()).
    /// </summary>
    private sealed class RememberedReferral : IInvariant
    {
        private (int Session, Referral Referral)? _open;

        public string Name => ReferralRemembered;

        public IEnumerable<(ExerciseDecision? Decision, string Detail)> Check(SessionRecord session)
        {
            var found = new List<(ExerciseDecision?, string)>();
            if (session.ClearedReferral)
            {
                _open = null;
            }

            if (_open is { } open && session.Before.OpenReferral is null)
            {
                found.Add((null, $"session {open.Session} referred ({open.Referral}), but the state lost the open referral without a clearance"));
            }

            if (session.Before.OpenReferral is { } stored && (session.Plan.Items.Count > 0 || session.Plan.Referral < stored.Urgency || session.Plan.Reasons.Count == 0))
            {
                found.Add((null, $"a referral ({stored.Urgency}, since {stored.Since:yyyy-MM-dd}) is open, but this plan has {session.Plan.Items.Count} exercises, referral {session.Plan.Referral} and {session.Plan.Reasons.Count} reasons"));
            }

            if (session.Review is { Referral: > Referral.None } review && !(review.Next.OpenReferral?.Urgency >= review.Referral))
            {
                found.Add((null, $"the review referred ({review.Referral}), but the state it returns has {review.Next.OpenReferral?.Urgency.ToString() ?? "no"} open referral"));
            }

            var referral = session.Review?.Referral ?? Referral.None;
            referral = session.Plan.Referral > referral ? session.Plan.Referral : referral;
            if (referral > Referral.None && (_open is null || referral > _open.Value.Referral))
            {
                _open = (session.Number, referral);
            }

            return found;
        }
    }

    /// <summary>
    /// Issue 16, "variety with purpose": a client who can do every exercise of the catalog (every piece of equipment,
    /// no imbalance finding holding work in place, nothing seeded; <see cref="Persona.SeesEveryExercise"/>) sees every one of them, all 14 built in, within the
    /// history's 120 sessions: rotation every 6 sessions, one exercise a region at a time, reaches the last of the
    /// five below-the-back exercises the balanced session leaves out by session 20 or so.
    /// </summary>
    private sealed class DistinctExercises : IInvariant
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public string Name => Variety;

        public IEnumerable<(ExerciseDecision? Decision, string Detail)> Check(SessionRecord session)
        {
            _seen.UnionWith(session.Plan.Items.Select(i => i.Prescription.ExerciseId));
            if (session.Persona.SeesEveryExercise && session.Number == session.Persona.Sessions)
            {
                var missing = session.Persona.Engine.Catalog.Exercises.Select(e => e.Id).Where(id => !_seen.Contains(id)).ToList();
                if (missing.Count > 0)
                {
                    yield return (null, $"{_seen.Count} distinct exercises in {session.Number} sessions; never planned: {string.Join(", ", missing)}");
                }
            }
        }
    }

    /// <summary>
    /// Issue 16: rotation resets no progress. The review leaves the stored progress of every exercise not done that
    /// session exactly as it was (rotated out, resting, paused), unless a break of 14 days steps every exercise back; and
    /// an exercise the rotation brings back is planned at its stored variant and dose.
    /// </summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckRestKeepsLevel(SessionRecord session)
    {
        foreach (var item in session.Plan.Items.Where(i => i.Reasons.Any(r => r.RuleId == "selection.accessory-rotation")))
        {
            if (session.Before.ProgressOf(item.Prescription.ExerciseId) is { } stored
                && (stored.VariantId != item.Prescription.VariantId || stored.Dosage != item.Prescription.Dosage))
            {
                yield return (null, $"{item.Prescription.ExerciseId} comes back at {item.Prescription.VariantId} {item.Prescription.Dosage}, but left at {stored.VariantId} {stored.Dosage}");
            }
        }

        // A break of 14 days or more steps every stored exercise back, done or not (the detraining invariant's business).
        if (session.Review is not { } review || session.DaysAway >= DaysAwayThatDetrain)
        {
            yield break;
        }

        foreach (var (id, before) in session.Before.Progress)
        {
            if (!review.Decisions.Any(d => d.ExerciseId == id) && !Equals(review.Next.ProgressOf(id), before))
            {
                yield return (null, $"{id} was not done, but its stored progress changed from {before} to {review.Next.ProgressOf(id)}");
            }
        }
    }

    private static IEnumerable<(ExerciseDecision?, string)> CheckLightestLoad(SessionRecord session)
    {
        var catalog = session.Persona.Engine.Catalog;
        foreach (var item in session.Plan.Items)
        {
            var (_, _, variant) = Locate(catalog, item.Prescription);
            if (variant?.Load is { } load && !(item.Prescription.Dosage.LoadKg >= load.StartKg - Tolerance))
            {
                yield return (null, $"plan has {item.Prescription}, below the lightest load of {variant.Id} ({Kg(load.StartKg)})");
            }
        }

        foreach (var decision in Decisions(session))
        {
            var (_, _, variant) = Locate(catalog, decision.To);
            if (variant?.Load is { } load && !(decision.To.Dosage.LoadKg >= load.StartKg - Tolerance))
            {
                yield return (decision, $"To {decision.To.Dosage} is below the lightest load of {variant.Id} ({Kg(load.StartKg)})");
            }
        }
    }

    private static IEnumerable<(ExerciseDecision?, string)> CheckInsideRange(SessionRecord session)
    {
        var catalog = session.Persona.Engine.Catalog;
        foreach (var decision in Decisions(session))
        {
            var (_, _, variant) = Locate(catalog, decision.To);
            if (variant is null)
            {
                yield return (decision, $"To names variant '{decision.To.VariantId}', which exercise '{decision.ExerciseId}' does not have");
                continue;
            }

            var dose = decision.To.Dosage;
            var range = variant.Range!;
            var primary = Primary(variant, dose);
            if (variant.Tier != decision.To.Tier)
            {
                yield return (decision, $"To says tier {decision.To.Tier}; {variant.Id} is {variant.Tier}");
            }

            if (primary is null || primary < range.Min - Tolerance || primary > MostAllowed(variant, dose) + Tolerance)
            {
                yield return (decision, $"To {dose} is outside {variant.Id}'s {Unit(variant)} range {range} (at most {MostAllowed(variant, dose):0.#} where reps extend before a load step)");
            }

            if (variant.Load is { } load && dose.LoadKg is { } kg && (kg < load.StartKg - Tolerance || kg > load.MaxKg + Tolerance))
            {
                yield return (decision, $"To {dose} is outside {variant.Id}'s load range {load}");
            }

            if (variant.Load is null && dose.LoadKg is not null)
            {
                yield return (decision, $"To {dose} carries a load; {variant.Id} takes none");
            }
        }
    }

    /// <summary>
    /// The top of the range, or above it on a loaded variant whose smallest step is more than 10 % of the load: there
    /// reps (or seconds) may extend at the lighter load until the heavier load at the range floor adds at most 10 %
    /// to the set's work (DESIGN.md), plus one step of the range for rounding.
    /// </summary>
    private static double MostAllowed(ExerciseVariant variant, Dosage dose)
    {
        var range = variant.Range!;
        if (variant.Load is not { } load || dose.LoadKg is not { } kg || kg <= 0 || load.SmallestStepKg / kg * 100 <= MaxLoadStepPercent)
        {
            return range.Max;
        }

        var needed = range.Min * (kg + load.SmallestStepKg) / (kg * MostWorkAddedByAStep);
        return Math.Max(range.Max, Math.Ceiling(needed) + range.Step);
    }

    // "3 × 10", "3 × 20 s", "3 × 8 at 12 kg", "3 × 6 × 10 s" — Dosage.ToString.
    private static readonly Regex DosageText = new(@"\b\d+ × \d+(?:\.\d+)?(?: × \d+(?:\.\d+)?)?(?: s\b)?(?: at \d+(?:\.\d+)? kg)?", RegexOptions.CultureInvariant);
    private static readonly Regex KgText = new(@"(?<![\d.])(\d+(?:\.\d+)?) kg\b", RegexOptions.CultureInvariant);
    private static readonly Regex PercentText = new(@"(?<![\d.])(\d+(?:\.\d+)?) ?%", RegexOptions.CultureInvariant);

    /// <summary>
    /// The sentence that decided (the first reason) prints only the decision's own doses: every dosage in it is From
    /// or To (with or without the load); in an Increase or Deload every other "N kg" is From's load, To's load, the
    /// change between them, or the work of From or To (reps or seconds × kg, per set or per session) or its change, or —
    /// where reps extend at the lighter load — the next load up, its step and its work at the range floor; a
    /// Deload that names a percentage names the real change of load or of work (to within 1 point).
    /// </summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckReasonNumbers(SessionRecord session)
    {
        var catalog = session.Persona.Engine.Catalog;
        foreach (var decision in Decisions(session))
        {
            if (decision.Reasons.Count == 0)
            {
                yield return (decision, "the decision has no reason");
                continue;
            }

            var message = decision.Reasons[0].Message;
            string[] doses = [decision.From.Dosage.ToString(), decision.To.Dosage.ToString()];
            // A dose may be printed with or without its load ("3 × 12 at 8 kg → 3 × 8 at 12 kg" or "3 × 12 → 3 × 8 at 12 kg").
            var unloaded = new[] { decision.From.Dosage, decision.To.Dosage }.Select(d => (d with { LoadKg = null }).ToString());
            foreach (Match printed in DosageText.Matches(message))
            {
                if (!doses.Contains(printed.Value) && !unloaded.Contains(printed.Value))
                {
                    yield return (decision, $"the reason prints the dose '{printed.Value}', which is neither From ({doses[0]}) nor To ({doses[1]})");
                }
            }

            if (decision.Step is not (ProgressionStep.Increase or ProgressionStep.Deload))
            {
                continue;
            }

            var rest = DosageText.Replace(message, " ");
            var from = decision.From.Dosage.LoadKg ?? 0;
            var to = decision.To.Dosage.LoadKg ?? 0;
            var (_, _, variant) = Locate(catalog, decision.To);
            // Loads, their change, and the work (per set and per session, reps or seconds × kg) of From and To, and its change.
            var allowed = new List<double> { from, to, Math.Abs(to - from) };
            if (variant is not null)
            {
                var (workFrom, workTo) = (Work(variant, decision.From.Dosage), Work(variant, decision.To.Dosage));
                allowed.AddRange([workFrom, workTo, Math.Abs(workTo - workFrom),
                    workFrom / decision.From.Dosage.Sets, workTo / decision.To.Dosage.Sets, Math.Abs((workTo / decision.To.Dosage.Sets) - (workFrom / decision.From.Dosage.Sets))]);
                if (variant.Load is { } load && variant.Range is { } range)
                {
                    // Reps that extend at the lighter load say why: the next load up, its step, and its work at the range floor.
                    var heavier = from + load.SmallestStepKg;
                    allowed.AddRange([load.SmallestStepKg, heavier, range.Min * heavier, range.Min * heavier * decision.From.Dosage.Sets]);
                }
            }

            foreach (Match kg in KgText.Matches(rest))
            {
                var value = double.Parse(kg.Groups[1].Value, CultureInfo.InvariantCulture);
                if (!allowed.Any(l => Math.Abs(l - value) < 0.005))
                {
                    yield return (decision, $"the reason names {kg.Value}, which is neither From's load ({Kg(from)}), To's load ({Kg(to)}), the change ({Kg(Math.Abs(to - from))}) nor a work figure of the two doses");
                }
            }

            var percents = PercentText.Matches(rest).Select(p => double.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
            if (decision.Step == ProgressionStep.Deload && variant is not null && decision.From.VariantId == decision.To.VariantId && percents.Length > 0)
            {
                var loadChange = from > 0 ? Math.Abs(to - from) / from * 100 : 0;
                var workChange = Math.Abs(1 - (Work(variant, decision.To.Dosage) / Work(variant, decision.From.Dosage))) * 100;
                if (!percents.Any(p => Math.Abs(p - loadChange) <= 1 || Math.Abs(p - workChange) <= 1))
                {
                    yield return (decision, FormattableString.Invariant(
                        $"the reason says {string.Join(", ", percents.Select(p => $"{p:0.#} %"))}, but the load changed {loadChange:0.#} % and the work {workChange:0.#} %"));
                }
            }
        }
    }

    /// <summary>
    /// A load increase is 2–10 % where the smallest step allows; where the smallest step is above 10 % of the load it is
    /// exactly that step, with the set's work (reps or seconds × kg) held between −15 % and +10 %.
    /// </summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckLoadSteps(SessionRecord session)
    {
        var catalog = session.Persona.Engine.Catalog;
        foreach (var decision in Decisions(session))
        {
            if (decision.Step != ProgressionStep.Increase || decision.From.VariantId != decision.To.VariantId
                || Locate(catalog, decision.To) is not (_, _, { Load: { } load } variant)
                || decision.From.Dosage.LoadKg is not { } from || decision.To.Dosage.LoadKg is not { } to)
            {
                continue;
            }

            if (to < from - Tolerance)
            {
                yield return (decision, $"an Increase lowers the load from {Kg(from)} to {Kg(to)}");
                continue;
            }

            if (to <= from + Tolerance)
            {
                continue;
            }

            var percent = (to - from) / from * 100;
            var work = Work(variant, decision.To.Dosage) / Work(variant, decision.From.Dosage);
            if (load.SmallestStepKg / from * 100 <= MaxLoadStepPercent + Tolerance)
            {
                if (percent < MinLoadStepPercent - Tolerance || percent > MaxLoadStepPercent + Tolerance)
                {
                    yield return (decision, FormattableString.Invariant(
                        $"load {Kg(from)} → {Kg(to)} is +{percent:0.#} %; with {Kg(load.SmallestStepKg)} steps it must be 2–10 %"));
                }
            }
            else if (Math.Abs(to - from - load.SmallestStepKg) > Tolerance || work > MostWorkAddedByAStep + Tolerance || work < MostWorkTakenByAStep - Tolerance)
            {
                yield return (decision, FormattableString.Invariant(
                    $"load {Kg(from)} → {Kg(to)} (smallest step {Kg(load.SmallestStepKg)}, more than 10 %) changes the set's work by {(work - 1) * 100:+0.#;-0.#;0} %; it must take one step and keep the work within −15 %/+10 %"));
            }
        }
    }

    /// <summary>A deload on the same variant takes about 10 % of the work: 5–15 %, or one step of reps or seconds at the same load when that is the finest change there is.</summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckDeloads(SessionRecord session)
    {
        var catalog = session.Persona.Engine.Catalog;
        foreach (var decision in Decisions(session))
        {
            if (decision.Step != ProgressionStep.Deload || Locate(catalog, decision.To) is not (_, _, { } variant))
            {
                continue;
            }

            if (decision.From.VariantId != decision.To.VariantId)
            {
                yield return (decision, "a Deload changes the variant; going back one variant is a Regress");
                continue;
            }

            var ratio = Work(variant, decision.To.Dosage) / Work(variant, decision.From.Dosage);
            var sameLoad = Math.Abs((decision.To.Dosage.LoadKg ?? 0) - (decision.From.Dosage.LoadKg ?? 0)) < Tolerance;
            var fromPrimary = Primary(variant, decision.From.Dosage) ?? 0;
            var floor = sameLoad && fromPrimary > 0
                ? Math.Min(MostWorkTakenByADeload, (fromPrimary - variant.Range!.Step) / fromPrimary)
                : MostWorkTakenByADeload;
            if (ratio < floor - Tolerance || ratio > LeastWorkTakenByADeload + Tolerance)
            {
                yield return (decision, FormattableString.Invariant(
                    $"the deload {decision.From.Dosage} → {decision.To.Dosage} takes {(1 - ratio) * 100:0.#} % of the work; about 10 % (5–15 %) is the rule"));
            }
        }
    }

    /// <summary>
    /// Today's contract: a set that referred makes the review refer at least as urgently; a pause is reported with a
    /// referral and its reasons; a plan that refers plans nothing; a paused exercise is never planned again (the
    /// simulator never resumes one).
    /// </summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckReferralSurfaced(SessionRecord session)
    {
        if (session.Plan.Referral > Referral.None && (session.Plan.Items.Count > 0 || session.Plan.Reasons.Count == 0))
        {
            yield return (null, $"the plan refers ({session.Plan.Referral}) but has {session.Plan.Items.Count} exercises and {session.Plan.Reasons.Count} reasons");
        }

        foreach (var item in session.Plan.Items)
        {
            if (session.Before.ProgressOf(item.Prescription.ExerciseId) is { Paused: true })
            {
                yield return (null, $"the plan has {item.Prescription.ExerciseId}, which is paused");
            }
        }

        if (session.Review is not { } review)
        {
            yield break;
        }

        var asked = session.Verdicts.Select(v => v.Referral).DefaultIfEmpty(Referral.None).Max();
        if (review.Referral < asked)
        {
            yield return (null, $"a set was referred ({asked}), but the review says {review.Referral}");
        }

        // A pause is never silent: it refers (nerve symptoms, severe joint pain), or — joint pain that came back at the
        // easiest starting dose, a pause of that exercise alone — its reason sends the client to a physiotherapist.
        foreach (var decision in review.Decisions.Where(d => d.Step == ProgressionStep.Pause))
        {
            var referred = review.Referral > Referral.None && review.Reasons.Count > 0;
            if (!referred && !decision.Reasons[0].Message.Contains("physiotherapist", StringComparison.Ordinal))
            {
                yield return (decision, $"the exercise is paused, but the review refers {review.Referral} with {review.Reasons.Count} reasons and the pause's reason names no professional");
            }
        }
    }

    /// <summary>A pause needs, in that session, joint pain at the easiest starting dose the client can do, a neurological symptom, or a referral.</summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckPauseCause(SessionRecord session)
    {
        var catalog = session.Persona.Engine.Catalog;
        var referred = session.Verdicts.Any(v => v.Referral > Referral.None) || session.CheckIn.RedFlags.Count > 0;
        foreach (var decision in Decisions(session).Where(d => d.Step == ProgressionStep.Pause))
        {
            var symptoms = session.SetsOf(decision.ExerciseId).SelectMany(s => s.Symptoms).ToArray();
            var neurological = symptoms.Any(s => s.Intensity > 0 && s.Kind is SymptomKind.RadiatingPain or SymptomKind.Numbness or SymptomKind.Weakness);
            var jointPain = symptoms.Any(s => s.Kind == SymptomKind.JointPain && s.Intensity > JointPainStopsAbove);
            if (referred || neurological || (jointPain && AtEasiestStart(catalog, session.Before.Assessment, decision.From)))
            {
                continue;
            }

            yield return (decision, jointPain
                ? $"paused for joint pain at {decision.From}, which is not the easiest starting dose the client can do"
                : "paused with no joint pain, no neurological symptom and no referral in the session");
        }
    }

    private static bool AtEasiestStart(ExerciseCatalog catalog, Assessment? assessment, Prescription from)
    {
        if (Locate(catalog, from) is not ({ } exercise, var index, { } variant))
        {
            return false;
        }

        var lowerExists = exercise.Variants.Take(index).Any(v => assessment?.Has(v.Equipment) ?? true);
        return !lowerExists
               && Primary(variant, from.Dosage) <= variant.Range!.Min + Tolerance
               && (from.Dosage.LoadKg ?? 0) <= (variant.Load?.StartKg ?? 0) + Tolerance;
    }

    /// <summary>A failed session on a dose that has a lower one to step back to (at the easiest starting dose there is none).</summary>
    private static bool IsFailedAboveTheStart(SessionRecord session, ExerciseDecision decision)
        => IsFailed(session, decision) && !AtEasiestStart(session.Persona.Engine.Catalog, session.Before.Assessment, decision.From);

    /// <summary>A session the engine judges failed: fewer sets than From, or a set below From's reps, seconds or load.</summary>
    private static bool IsFailed(SessionRecord session, ExerciseDecision decision)
    {
        var (_, _, variant) = Locate(session.Persona.Engine.Catalog, decision.From);
        if (variant is null)
        {
            return false;
        }

        var target = decision.From.Dosage;
        var sets = session.SetsOf(decision.ExerciseId).ToArray();
        return sets.Length < target.Sets || sets.Any(s => Achieved(variant, s) < Primary(variant, target) - Tolerance || s.LoadKg < target.LoadKg - Tolerance);
    }

    /// <summary>Every set of From met, at RPE 9–10 in at least one, without joint pain, on a dose that has a lower one to step back to.</summary>
    private static bool IsHardButMet(SessionRecord session, ExerciseDecision decision)
    {
        var sets = session.SetsOf(decision.ExerciseId).ToArray();
        return !IsFailed(session, decision)
               && !AtEasiestStart(session.Persona.Engine.Catalog, session.Before.Assessment, decision.From)
               && sets.Any(s => s.Rpe >= 9)
               && !sets.SelectMany(s => s.Symptoms).Any(s => s.Kind == SymptomKind.JointPain && s.Intensity > 0);
    }

    /// <summary>Whenever nothing is left out for safety (and nothing refers), a plan has 5–7 different exercises.</summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckPlanSize(SessionRecord session)
    {
        var plan = session.Plan;
        var ids = plan.Items.Select(i => i.Prescription.ExerciseId).ToArray();
        if (ids.Distinct().Count() != ids.Length)
        {
            yield return (null, $"the plan has an exercise twice: {string.Join(", ", ids)}");
        }

        var safetyExclusion = plan.Referral > Referral.None || plan.Reasons.Any(r => r.RuleId.StartsWith("safety.", StringComparison.Ordinal));
        if (!safetyExclusion && (ids.Length < MinExercises || ids.Length > MaxExercises))
        {
            yield return (null, $"the plan has {ids.Length} exercises ({string.Join(", ", ids)}); 5–7 is the policy");
        }
    }

    /// <summary>
    /// A plan of at least 5 exercises (not shaped by a safety rule) has work below, around and above the lower back,
    /// wherever the catalog has an unpaused exercise of that region the client's equipment allows without load.
    /// </summary>
    /// <summary>
    /// A full-size plan never loses the trunk endurance work the client did last session (bird dog, dead bug, side
    /// bridge) to rotation or trimming: safety rules and a pause may take it, a lighter week may not.
    /// </summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckTrunkKept(SessionRecord session)
    {
        var plan = session.Plan;
        if (plan.Items.Count < MinExercises || plan.Reasons.Any(r => r.RuleId.StartsWith("safety.", StringComparison.Ordinal)))
        {
            yield break;
        }

        var catalog = session.Persona.Engine.Catalog;
        bool Trunk(string id) => catalog.Find(id)?.Pattern == MovementPattern.Trunk;
        var doneLast = session.Before.LastSessionExercises.Where(id => Trunk(id) && session.Before.ProgressOf(id) is not { Paused: true }).ToList();
        if (doneLast.Count > 0 && !plan.Items.Any(i => Trunk(i.Prescription.ExerciseId)))
        {
            yield return (null, $"no trunk endurance work in {string.Join(", ", plan.Items.Select(i => i.Prescription.ExerciseId))}, though {string.Join(", ", doneLast)} was done last session");
        }
    }

    private static IEnumerable<(ExerciseDecision?, string)> CheckRegionsCovered(SessionRecord session)
    {
        var plan = session.Plan;
        if (plan.Items.Count < MinExercises || plan.Reasons.Any(r => r.RuleId.StartsWith("safety.", StringComparison.Ordinal)))
        {
            yield break;
        }

        var catalog = session.Persona.Engine.Catalog;
        var equipment = session.Before.Assessment?.Equipment;
        foreach (var region in Enum.GetValues<BackRegion>())
        {
            var possible = catalog.Exercises.Where(e => e.Region == region
                                                        && session.Before.ProgressOf(e.Id) is not { Paused: true }
                                                        && e.Variants.Any(v => v.Tier != Tier.Loaded && v.CanBeDoneWith(equipment)))
                .Select(e => e.Id).ToList();
            if (possible.Count > 0 && !plan.Items.Any(i => catalog.Get(i.Prescription.ExerciseId).Region == region))
            {
                yield return (null, $"no exercise {region.ToString().ToLowerInvariant()} the lower back in {string.Join(", ", plan.Items.Select(i => i.Prescription.ExerciseId))}; the catalog offers {string.Join(", ", possible)}");
            }
        }
    }

    /// <summary>No plan holds more than one exercise that loads the lumbar spine in flexion or a hinge.</summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckLumbarCap(SessionRecord session)
    {
        var catalog = session.Persona.Engine.Catalog;
        var loading = session.Plan.Items.Where(i => catalog.Get(i.Prescription.ExerciseId).LoadsLumbarSpine).Select(i => i.Prescription.ExerciseId).ToList();
        if (loading.Count > MostLumbarLoadingExercises)
        {
            yield return (null, $"{loading.Count} lumbar-loading exercises planned ({string.Join(", ", loading)}); at most {MostLumbarLoadingExercises}");
        }
    }

    /// <summary>
    /// An exercise done exactly as planned, at RPE 8 or easier and without symptoms, is not stepped down by its review
    /// and never stored below what was planned: a flare lowers once (the plan lowered it already); a break's step back
    /// is where the client restarts.
    /// </summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckAsPlanned(SessionRecord session)
    {
        var catalog = session.Persona.Engine.Catalog;
        foreach (var (planned, decision, stored) in DoneAsPlanned(session))
        {
            if (stored is null || stored.Paused)
            {
                yield return (decision, $"done as planned ({planned}), then {(stored is null ? "not stored" : "paused")}");
            }
            else if (IsBelow(catalog, AsPrescription(planned.ExerciseId, stored), planned))
            {
                yield return (decision, $"done as planned ({planned}), but stored lower: {stored.VariantId} at {stored.Dosage}");
            }
            else if (decision?.Step is ProgressionStep.Regress or ProgressionStep.Deload or ProgressionStep.Pause)
            {
                yield return (decision, $"done as planned ({planned}) at RPE 8 or easier without symptoms, but the review steps it down ({decision.Step})");
            }
        }
    }

    /// <summary>
    /// DESIGN.md "Equipment": a plan lowered because the stored variant's equipment is missing today lowers that day
    /// only; done as planned, the stored level is kept (it comes back with the equipment).
    /// </summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckEquipmentDayOnly(SessionRecord session)
    {
        var catalog = session.Persona.Engine.Catalog;
        foreach (var (planned, decision, stored) in DoneAsPlanned(session))
        {
            if (session.Before.ProgressOf(planned.ExerciseId) is not { } before
                || !catalog.TryGetVariant(before.VariantId, out _, out var storedVariant)
                || (session.Before.Assessment?.Has(storedVariant.Equipment) ?? true))
            {
                continue;
            }

            if (stored is null || IsBelow(catalog, AsPrescription(planned.ExerciseId, stored), AsPrescription(planned.ExerciseId, before)))
            {
                yield return (decision, $"{storedVariant.Id} needs {string.Join(", ", storedVariant.Equipment)} (missing today), so {planned} was planned; "
                                        + $"the review then stored {(stored is null ? "nothing" : $"{stored.VariantId} at {stored.Dosage}")} instead of keeping {before.VariantId} at {before.Dosage}");
            }
        }
    }

    /// <summary>
    /// A plan never asks for more than the stored level, and a Regress or Deload that stays on its variant does less
    /// work than before: a dose step back (a break, a flare, hard holds) that adds work is no step back.
    /// </summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckLoweringAddsNoWork(SessionRecord session)
    {
        var catalog = session.Persona.Engine.Catalog;
        foreach (var item in session.Plan.Items)
        {
            var planned = item.Prescription;
            if (session.Before.ProgressOf(planned.ExerciseId) is { Paused: false } before && before.VariantId == planned.VariantId
                && catalog.TryGetVariant(planned.VariantId, out _, out var variant)
                && Work(variant, planned.Dosage) > Work(variant, before.Dosage) + 1e-9)
            {
                yield return (null, $"{planned.ExerciseId} planned at {planned.Dosage}, more work than the stored {before.Dosage} on {variant.Id}");
            }
        }

        foreach (var decision in session.Review?.Decisions ?? [])
        {
            if (decision.Step is ProgressionStep.Regress or ProgressionStep.Deload && decision.From.VariantId == decision.To.VariantId
                && catalog.TryGetVariant(decision.To.VariantId, out _, out var variant)
                && Work(variant, decision.To.Dosage) >= Work(variant, decision.From.Dosage) - 1e-9)
            {
                yield return (decision, $"{decision.Step} {decision.From.Dosage} → {decision.To.Dosage} does not do less work");
            }
        }
    }

    /// <summary>Each planned exercise whose every set was done exactly as planned, at RPE 8 or easier and without symptoms; its decision and what was stored.</summary>
    private static IEnumerable<(Prescription Planned, ExerciseDecision? Decision, ExerciseProgress? Stored)> DoneAsPlanned(SessionRecord session)
    {
        if (session.Review is not { } review)
        {
            yield break;
        }

        var catalog = session.Persona.Engine.Catalog;
        foreach (var item in session.Plan.Items)
        {
            var planned = item.Prescription;
            var sets = session.SetsOf(planned.ExerciseId).ToArray();
            if (Locate(catalog, planned) is not (_, _, { } variant) || sets.Length != planned.Dosage.Sets
                || sets.Any(s => s.VariantId != planned.VariantId || Achieved(variant, s) != Primary(variant, planned.Dosage)
                                 || s.LoadKg != planned.Dosage.LoadKg || s.Rpe > 8 || s.Symptoms.Any(x => x.Intensity > 0)))
            {
                continue;
            }

            yield return (planned, review.Decisions.FirstOrDefault(d => d.ExerciseId == planned.ExerciseId), review.Next.ProgressOf(planned.ExerciseId));
        }
    }

    private static Prescription AsPrescription(string exerciseId, ExerciseProgress progress) => new(exerciseId, progress.VariantId, progress.Tier, progress.Dosage);

    /// <summary>
    /// After 14 days or more away, each exercise the client had progressed on is planned lower than stored (at most one
    /// variant lower), with a reason naming the days away (DESIGN.md, "A break").
    /// </summary>
    private static IEnumerable<(ExerciseDecision?, string)> CheckDetraining(SessionRecord session)
    {
        if (session.DaysAway is not { } days || days < DaysAwayThatDetrain)
        {
            yield break;
        }

        var catalog = session.Persona.Engine.Catalog;
        var daysText = days.ToString(CultureInfo.InvariantCulture);
        var weeksText = (days / 7).ToString(CultureInfo.InvariantCulture) + " week";
        foreach (var item in session.Plan.Items)
        {
            var planned = item.Prescription;
            if (session.Before.ProgressOf(planned.ExerciseId) is not { Paused: false } progress
                || Locate(catalog, planned) is not ({ } exercise, _, _))
            {
                continue;
            }

            var stored = new Prescription(planned.ExerciseId, progress.VariantId, progress.Tier, progress.Dosage);
            var first = exercise.Variants[0];
            if (stored.VariantId == first.Id && stored.Dosage == first.StartingDosage)
            {
                continue; // nothing lower to step back to
            }

            if (!IsBelow(catalog, planned, stored) || exercise.IndexOf(planned.VariantId) < exercise.IndexOf(stored.VariantId) - 1)
            {
                yield return (null, $"{days} days away: {planned.ExerciseId} is planned at {planned.VariantId} {planned.Dosage}; stored {stored.VariantId} {stored.Dosage} (one dose step back per two weeks, at most one variant)");
            }
            else if (!item.Reasons.Concat(session.Plan.Reasons).Any(r => r.Message.Contains(daysText, StringComparison.Ordinal) || r.Message.Contains(weeksText, StringComparison.Ordinal)))
            {
                yield return (null, $"{days} days away: {planned.ExerciseId} is stepped back, but no reason names the {days} days ({weeksText}s)");
            }
        }
    }

    /// <summary>Whether <paramref name="a"/> is a lower level than <paramref name="b"/> on the same ladder: an earlier variant, or less load, or the same load and fewer reps or seconds.</summary>
    private static bool IsBelow(ExerciseCatalog catalog, Prescription a, Prescription b)
    {
        if (Locate(catalog, a) is not ({ } exercise, var ia, { } variant) || exercise.IndexOf(b.VariantId) is var ib && ib < 0)
        {
            return false;
        }

        if (ia != ib)
        {
            return ia < ib;
        }

        var (loadA, loadB) = (a.Dosage.LoadKg ?? 0, b.Dosage.LoadKg ?? 0);
        if (Math.Abs(loadA - loadB) > Tolerance)
        {
            return loadA < loadB;
        }

        return Primary(variant, a.Dosage) < Primary(variant, b.Dosage) - Tolerance;
    }

    private static IEnumerable<ExerciseDecision> Decisions(SessionRecord session) => session.Review?.Decisions ?? [];

    private static (Exercise? Exercise, int Index, ExerciseVariant? Variant) Locate(ExerciseCatalog catalog, Prescription prescription)
    {
        if (!catalog.TryGet(prescription.ExerciseId, out var exercise) || exercise.IndexOf(prescription.VariantId) is var index && index < 0)
        {
            return (null, -1, null);
        }

        return (exercise, index, exercise.Variants[index]);
    }

    private static double? Primary(ExerciseVariant variant, Dosage dose)
        => variant.Measure == DoseMeasure.Reps ? dose.Reps : dose.HoldSeconds;

    private static double? Achieved(ExerciseVariant variant, SetReport set)
        => variant.Measure == DoseMeasure.Reps ? set.Reps : set.HoldSeconds;

    /// <summary>Sets × reps (or seconds) × kg; an unloaded dose counts 1 kg, so its work is its volume.</summary>
    private static double Work(ExerciseVariant variant, Dosage dose)
        => dose.Sets * (Primary(variant, dose) ?? 0) * (variant.Load is null ? 1 : dose.LoadKg ?? 0);

    private static string Unit(ExerciseVariant variant) => variant.Measure == DoseMeasure.Reps ? "reps" : "seconds";

    private static string Kg(double kg) => kg.ToString("0.##", CultureInfo.InvariantCulture) + " kg";
}
