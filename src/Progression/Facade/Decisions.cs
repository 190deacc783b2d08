using System.Buffers;
using System.Collections.Immutable;
using Progression.Facts;
using Progression.Packs;

namespace Progression;

/// <summary>
/// Turns what the rules recorded into the facade's answers. It evaluates no condition: it only
/// resolves conflicts the documented way (the safest proposal stands) and carries every reason.
/// </summary>
internal static class Decisions
{
    public const string NoDecision = "engine.no-rule-decided";

    public static SetVerdict Verdict(ReadOnlySpan<object> results)
    {
        var action = SetAction.Continue;
        var referral = Referral.None;
        var count = 0;
        for (var r = 0; r < results.Length; r++)
        {
            var result = results[r];
            count += result is SetFinding ? 1 : 0;
        }

        var reasons = count == 0 ? [] : new Reason[count];
        var next = 0;
        for (var r = 0; r < results.Length; r++)
        {
            var result = results[r];
            if (result is SetFinding finding)
            {
                action = finding.Action > action ? finding.Action : action;
                referral = finding.Referral > referral ? finding.Referral : referral;
            }
        }

        // A finding whose action is milder than the one that stands ("it is fine to keep going" beside a stop) is
        // kept, marked as overruled, as a review marks a step that lost to a safer one.
        for (var r = 0; r < results.Length; r++)
        {
            if (results[r] is SetFinding finding)
            {
                reasons[next++] = finding.Action < action ? Overruled(finding.Reason, action) : finding.Reason;
            }
        }

        return new SetVerdict(action, referral, count == 0 ? OwnedList<Reason>.None : new OwnedList<Reason>(reasons));
    }

    /// <summary>Lower is safer: Pause, Regress, Deload, Hold, Increase, Advance.</summary>
    internal static int SafetyRank(ProgressionStep step) => step switch
    {
        ProgressionStep.Pause => 0,
        ProgressionStep.Regress => 1,
        ProgressionStep.Deload => 2,
        ProgressionStep.Hold => 3,
        ProgressionStep.Increase => 4,
        _ => 5,
    };

    public static SessionReview Review(ClientState client, SessionReport report, IReadOnlyList<ExercisePerformance> performances, ReadOnlySpan<object> results)
    {
        var decisions = new ExerciseDecision[performances.Count];
        var performed = new string[performances.Count];
        List<Reason>? reviewReasons = null;
        var referral = Referral.None;
        var progress = ((ImmutableSortedDictionary<string, ExerciseProgress>)client.Progress).ToBuilder();
        var mine = new List<StepProposal>();
        for (var e = 0; e < performances.Count; e++)
        {
            var performance = performances[e];
            var exerciseId = performance.ExerciseId;
            mine.Clear();
            StepProposal? chosen = null;
            for (var r = 0; r < results.Length; r++)
            {
                var result = results[r];
                if (result is StepProposal proposal && proposal.ExerciseId == exerciseId)
                {
                    mine.Add(proposal);
                    if (chosen is null || SafetyRank(proposal.Step) < SafetyRank(chosen.Step))
                    {
                        chosen = proposal;
                    }
                }
            }

            var from = performance.Prescribed;
            chosen ??= new StepProposal(exerciseId, ProgressionStep.Hold, from, new Reason(NoDecision, "No rule decided on this exercise: the dose stays as it was."));
            var notes = 0;
            for (var r = 0; r < results.Length; r++)
            {
                notes += results[r] is ReviewNote note && note.ExerciseId == exerciseId ? 1 : 0;
            }

            var reasons = new Reason[Math.Max(1, mine.Count) + notes];
            reasons[0] = chosen.Reason;
            var next = 1;
            foreach (var other in mine)
            {
                if (!ReferenceEquals(other, chosen))
                {
                    reasons[next++] = other.Step == chosen.Step ? other.Reason : Overruled(other.Reason, chosen.Step);
                }

                if (other.Referral > Referral.None)
                {
                    referral = other.Referral > referral ? other.Referral : referral;
                    (reviewReasons ??= []).Add(other.Reason);
                }
            }

            for (var r = 0; r < results.Length && notes > 0; r++)
            {
                if (results[r] is ReviewNote note && note.ExerciseId == exerciseId)
                {
                    reasons[^notes--] = note.Reason;
                }
            }

            decisions[e] = new ExerciseDecision(exerciseId, chosen.Step, from, chosen.To, new OwnedList<Reason>(reasons));
            SessionOutcome? outcome = null;
            for (var k = 0; k < results.Length; k++)
            {
                if (results[k] is ExerciseOutcome o && o.ExerciseId == exerciseId)
                {
                    outcome = o.Outcome;
                    break;
                }
            }

            var jointPain = false;
            foreach (var proposal in mine)
            {
                jointPain |= proposal.JointPainStopped;
            }

            // A proposal that keeps the stored progress (a day on another variant for missing equipment) changes only the counts.
            var advanced = chosen.KeepsProgress is { } kept
                ? kept with { SessionsCompleted = kept.SessionsCompleted + 1, LastPerformed = report.Date }
                : Advance(performance.Progress, chosen, outcome, report.Date, jointPain);

            // The stint (selection.accessory-rotation) runs on while the exercise was also done at the session before.
            // An exercise the engine started (no stored progress before this session) takes part in the rotation.
            var stint = Contains(client.LastSessionExercises, exerciseId) ? advanced.SessionsInStint + 1 : 1;
            var rotates = advanced.Rotates || !client.Progress.ContainsKey(exerciseId);
            progress[exerciseId] = advanced with { SessionsInStint = stint, Rotates = rotates };
            performed[e] = exerciseId;
        }

        // Referrals a rule made for the session as a whole (severe joint pain), beside those that came with a step.
        for (var r = 0; r < results.Length; r++)
        {
            if (results[r] is ReviewReferral sessionReferral)
            {
                referral = sessionReferral.Referral > referral ? sessionReferral.Referral : referral;
                (reviewReasons ??= []).Add(sessionReferral.Reason);
            }
        }

        var nextState = client with
        {
            Progress = progress.ToImmutable(),
            LastSessionDate = report.Date,
            LastSessionExercises = new OwnedList<string>(performed),
            OpenReferral = Remembered(client.OpenReferral, referral, reviewReasons, report.Date),
        };
        return new SessionReview(new OwnedList<ExerciseDecision>(decisions), nextState)
        {
            Referral = referral,
            Reasons = reviewReasons is null ? OwnedList<Reason>.None : new OwnedList<Reason>([.. reviewReasons]),
        };
    }

    private static bool Contains(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The referral to remember after a review: a new one when the review referred more urgently than what is
    /// already open (or nothing is), else the one already open, kept until a clinician clears it.
    /// </summary>
    private static OpenReferral? Remembered(OpenReferral? open, Referral referral, List<Reason>? reasons, DateOnly date)
        => referral > (open?.Urgency ?? Referral.None) && reasons is { Count: > 0 }
            ? new OpenReferral(referral, Written(reasons), date)
            : open;

    /// <summary>
    /// The reasons with their sentences written now: a stored state must not keep the facts a lazy sentence
    /// captured (the client before the session, say) alive from one session to the next.
    /// </summary>
    internal static IReadOnlyList<Reason> Written(IReadOnlyList<Reason> reasons)
    {
        var written = new Reason[reasons.Count];
        for (var i = 0; i < written.Length; i++)
        {
            written[i] = new Reason(reasons[i].RuleId, reasons[i].Message);
        }

        return new OwnedList<Reason>(written);
    }

    /// <summary>An overruled finding's reason, saying which safer action stands instead.</summary>
    private static Reason Overruled(Reason reason, SetAction stands)
        => new(reason.RuleId, () => $"{reason.Message} (Overruled: the safer action, {stands}, stands.)");

    /// <summary>An overruled proposal's reason, saying which safer step stands instead.</summary>
    private static Reason Overruled(Reason reason, ProgressionStep stands)
        => new(reason.RuleId, () => $"{reason.Message} (Overruled: the safer step, {stands}, stands.)");

    private static ExerciseProgress Advance(ExerciseProgress progress, StepProposal chosen, SessionOutcome? outcome, DateOnly date, bool jointPain)
    {
        // A step resets both streaks; a hold counts the session toward the next step.
        var (successes, failures) = chosen.Step != ProgressionStep.Hold
            ? (0, 0)
            : outcome switch
            {
                SessionOutcome.Success => (progress.SuccessStreak + 1, 0),
                SessionOutcome.Failure => (0, progress.FailureStreak + 1),
                _ => (0, 0),
            };
        var hard = chosen.Step == ProgressionStep.Hold && outcome == SessionOutcome.Neither ? progress.HardStreak + 1 : 0;
        var paused = chosen.Step == ProgressionStep.Pause;
        return progress with
        {
            VariantId = chosen.To.VariantId,
            Tier = chosen.To.Tier,
            Dosage = chosen.To.Dosage,
            SessionsCompleted = progress.SessionsCompleted + 1,
            LastPerformed = date,
            Paused = paused,
            PauseReason = paused ? chosen.Reason.Message : null,
            SuccessStreak = successes,
            FailureStreak = failures,
            HardStreak = hard,
            JointPainStreak = jointPain ? progress.JointPainStreak + 1 : 0,
        };
    }

    public static SessionPlan Plan(IReadOnlyList<PlanCandidate> candidates, ExerciseCatalog catalog, ReadOnlySpan<object> results, ProgressionPolicy policy)
    {
        List<PlanReferral>? referrals = null;
        var choiceCount = 0;
        for (var r = 0; r < results.Length; r++)
        {
            var result = results[r];
            if (result is PlanReferral referral)
            {
                (referrals ??= []).Add(referral);
            }
            else if (result is PlanChoice)
            {
                choiceCount++;
            }
        }

        if (referrals is not null)
        {
            var most = Referral.None;
            var said = new Reason[referrals.Count];
            for (var i = 0; i < said.Length; i++)
            {
                most = referrals[i].Referral > most ? referrals[i].Referral : most;
                said[i] = referrals[i].Reason;
            }

            return new SessionPlan(OwnedList<PlannedExercise>.None, most, new OwnedList<Reason>(said));
        }

        // Each candidate's choices, in firing order, as one slice of a flat array (a counting sort by catalog order):
        // no list or dictionary per exercise. Choices about exercises that are not candidates are ignored.
        var n = candidates.Count;
        var starts = ArrayPool<int>.Shared.Rent(n + 1);
        var orders = ArrayPool<int>.Shared.Rent(Math.Max(1, results.Length));
        var flat = ArrayPool<PlanChoice>.Shared.Rent(Math.Max(1, choiceCount));
        try
        {
            Array.Clear(starts, 0, n + 1);
            for (var r = 0; r < results.Length; r++)
            {
                var order = results[r] is PlanChoice choice ? catalog.OrderOf(choice.ExerciseId) : -1;
                orders[r] = order < n ? order : -1;
                if (orders[r] >= 0)
                {
                    starts[order + 1]++;
                }
            }

            for (var i = 0; i < n; i++)
            {
                starts[i + 1] += starts[i];
            }

            for (var r = 0; r < results.Length; r++)
            {
                if (orders[r] is var order and >= 0)
                {
                    // starts[order] walks forward as the slice fills; it is moved back below.
                    flat[starts[order]++] = (PlanChoice)results[r];
                }
            }

            for (var i = n; i > 0; i--)
            {
                starts[i] = starts[i - 1];
            }

            starts[0] = 0;
            return Plan(candidates, flat, starts, results, policy);
        }
        finally
        {
            Array.Clear(flat, 0, Math.Max(1, choiceCount));
            ArrayPool<PlanChoice>.Shared.Return(flat);
            ArrayPool<int>.Shared.Return(orders);
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    private static SessionPlan Plan(IReadOnlyList<PlanCandidate> candidates, PlanChoice[] flat, int[] starts, ReadOnlySpan<object> results, ProgressionPolicy policy)
    {
        // The findings about the client as a whole (the imbalances) open the plan's reasons.
        var planReasons = new List<Reason>();
        for (var r = 0; r < results.Length; r++)
        {
            var result = results[r];
            if (result is PlanFinding finding)
            {
                planReasons.Add(finding.Reason);
            }
        }

        var included = new List<PlanEntry>();
        List<PlanEntry>? reserves = null;
        List<(PlanEntry Entry, Reason Reason)>? rotatedOut = null;
        for (var order = 0; order < candidates.Count; order++)
        {
            var mine = new ReadOnlySpan<PlanChoice>(flat, starts[order], starts[order + 1] - starts[order]);
            if (mine.IsEmpty)
            {
                continue;
            }

            var excluded = false;
            var chosen = 0;
            Reason? rotation = null;
            foreach (var c in mine)
            {
                if (c.Exclude && c.Reason.RuleId == SelectionRules.AccessoryRotation)
                {
                    // Rotated out: kept as the first filler, so a session the swap leaves short (its stand-in was
                    // the filler it needed) or a region it leaves empty gets the exercise back; said only if it stays out.
                    rotation = c.Reason;
                }
                else if (c.Exclude)
                {
                    planReasons.Add(c.Reason);
                    excluded = true;
                }

                chosen += c.Priority is not null && !c.Reserve ? 1 : 0;
            }

            if (excluded)
            {
                continue;
            }

            // A reserve (filler) priority only counts when no rule chose the exercise outright; then its reason
            // would not be why the exercise is there, so it is dropped.
            var isReserve = chosen == 0 || rotation is not null;
            var shaping = 0;
            foreach (var c in mine)
            {
                shaping += !c.Exclude && (isReserve || !c.Reserve) ? 1 : 0;
            }

            Prescription? prescription = null;
            Side? firstSide = null;
            Side? extraSide = null;
            var extraSets = 0;
            var priority = int.MinValue;
            var hasPriority = false;
            List<(PlanSetRatio, string)>? ratios = null;
            var reasons = new Reason[shaping];
            var next = 0;
            foreach (var c in mine)
            {
                if ((!isReserve && c.Reserve) || c.Exclude)
                {
                    continue;
                }

                reasons[next++] = c.Reason;
                prescription ??= c.Prescription;
                firstSide ??= c.FirstSide;
                extraSide ??= c.ExtraSetsSide;
                extraSets = Math.Max(extraSets, c.ExtraSets);
                if (c.Priority is { } p)
                {
                    hasPriority = true;
                    priority = Math.Max(priority, p);
                }

                if (c.SetRatio is { } ratio)
                {
                    (ratios ??= []).Add((ratio, c.Reason.RuleId));
                }
            }

            if (!hasPriority)
            {
                continue;
            }

            var candidate = candidates[order];
            if (prescription is { } today && today != candidate.Prescription)
            {
                // Another rule changed today's dose: "continue at" the stored dose would contradict the item.
                for (var i = 0; i < reasons.Length; i++)
                {
                    if (reasons[i].RuleId == SelectionRules.ContinueProgram)
                    {
                        var name = candidate.Exercise.Name;
                        reasons[i] = new Reason(SelectionRules.ContinueProgram, () => $"Continue {name} in your program, today at {today.Dosage} for the reason above.");
                    }
                }
            }

            var item = new PlannedExercise(prescription ?? candidate.Prescription, new OwnedList<Reason>(reasons))
            {
                FirstSide = firstSide,
                ExtraSetsSide = extraSide,
                ExtraSets = extraSets,
            };
            var entry = new PlanEntry(candidate, priority, item, order, ratios);
            (isReserve ? reserves ??= [] : included).Add(entry);
            if (rotation is not null)
            {
                (rotatedOut ??= []).Add((entry, rotation));
            }
        }

        // Ratios first, so a limited exercise does not take the place of one the trim would keep; then the lumbar
        // loading cap, so a capped exercise does not take a place either; again after the trim, which may have cut
        // supporting work.
        KeepSetRatios(included, planReasons);
        CapLumbarLoading(included, planReasons, policy);
        List<PlanEntry>? trimmed = null;
        if (included.Count > policy.MaxExercises)
        {
            trimmed = TrimKeepingRegions(included, planReasons, policy);
        }

        KeepSetRatios(included, planReasons);

        // A region the choices left empty (or the ratio emptied) gets the best spare that works there: what the trim
        // left out first, then the fillers.
        if (MissingRegion(included, policy))
        {
            var spares = new List<PlanEntry>();
            spares.AddRange(trimmed ?? []);
            spares.AddRange(reserves ?? []);
            spares.Sort(ByPriority);
            AddMissingRegions(included, spares, planReasons, policy);
        }

        // Exclusions may have left the session short: fillers by priority, never one that breaks a set ratio or the
        // lumbar loading cap.
        if (included.Count < policy.MinExercises && reserves is not null)
        {
            reserves.Sort(ByPriority);
            foreach (var reserve in reserves)
            {
                if (included.Count >= policy.MinExercises)
                {
                    break;
                }

                if (included.Contains(reserve) || !FitsLumbarCap(included, reserve, policy))
                {
                    continue;
                }

                included.Add(reserve);
                if (BrokenRatio(included) is not null)
                {
                    included.RemoveAt(included.Count - 1);
                }
            }
        }

        if (trimmed is not null)
        {
            SaySessionSize(trimmed, included, planReasons, policy);
        }

        foreach (var (entry, reason) in rotatedOut ?? [])
        {
            if (!included.Contains(entry))
            {
                planReasons.Add(reason);
                continue;
            }

            // It stayed as a filler: the exercise that came in for it (one a region a session) no longer takes its place.
            var region = entry.Candidate.Exercise.Region;
            for (var i = 0; i < included.Count; i++)
            {
                var other = included[i];
                var at = IndexOfRule(other.Item.Reasons, SelectionRules.AccessoryRotation);
                if (!ReferenceEquals(other, entry) && other.Candidate.Exercise.Region == region && at >= 0)
                {
                    var (comes, stays, min) = (other.Candidate.Exercise.Name, entry.Candidate.Exercise.Name, policy.MinExercises);
                    var reasons = other.Item.Reasons.ToArray();
                    reasons[at] = new Reason(SelectionRules.AccessoryRotation,
                        () => $"{comes} comes into the rotation {SelectionRules.RegionName(region!.Value)}; {stays}, whose turn it was to rest, stays today as well, as the session needs both to reach {min} exercises.");
                    included[i] = other with { Item = other.Item with { Reasons = new OwnedList<Reason>(reasons) } };
                }
            }
        }

        SayRatiosMet(included, reserves, planReasons);

        // Mobility and stretches open the session (as the seeds do), then strength by priority.
        included.Sort(static (a, b) =>
        {
            var byStretch = (a.Candidate.Exercise.IsStretch ? 0 : 1).CompareTo(b.Candidate.Exercise.IsStretch ? 0 : 1);
            return byStretch != 0 ? byStretch : ByPriority(a, b);
        });
        var items = new PlannedExercise[included.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = included[i].Item;
        }

        return new SessionPlan(new OwnedList<PlannedExercise>(items), Referral.None, new OwnedList<Reason>([.. planReasons]));
    }

    private static int IndexOfRule(IReadOnlyList<Reason> reasons, string ruleId)
    {
        for (var i = 0; i < reasons.Count; i++)
        {
            if (reasons[i].RuleId == ruleId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Leaves out the lowest-priority exercises that load the lumbar spine in flexion or a hinge beyond
    /// <see cref="ProgressionPolicy.MaxLumbarLoadingExercises"/>, and says so with the cap and the count.
    /// </summary>
    private static void CapLumbarLoading(List<PlanEntry> included, List<Reason> planReasons, ProgressionPolicy policy)
    {
        var cap = policy.MaxLumbarLoadingExercises;
        if (LumbarLoading(included) <= cap)
        {
            return;
        }

        // At equal priority the exercise the client is already progressing on stays: the cap must not swap a
        // program's hinge for a new one every session.
        var loading = included.FindAll(static e => e.Candidate.Exercise.LoadsLumbarSpine);
        loading.Sort(static (a, b) => a.Priority != b.Priority || (a.Candidate.Progress is null) == (b.Candidate.Progress is null)
            ? ByPriority(a, b)
            : a.Candidate.Progress is null ? 1 : -1);
        var dropped = loading.GetRange(cap, loading.Count - cap);
        foreach (var entry in dropped)
        {
            included.Remove(entry);
        }

        var count = loading.Count;
        var kept = loading.GetRange(0, cap).ConvertAll(static e => e.Candidate.Exercise.Name);
        var left = dropped.ConvertAll(static e => e.Candidate.Exercise.Name);
        planReasons.Add(new Reason(SelectionRules.LumbarLoadingCap,
            () => $"At most {SelectionRules.Exercises(cap)} loading the lumbar spine in flexion or a hinge a session, and {count} were chosen: "
                  + (kept.Count > 0 ? $"kept {string.Join(", ", kept)}; " : "")
                  + $"left out today: {string.Join(", ", left)}."));
    }

    private static int LumbarLoading(List<PlanEntry> entries)
    {
        var count = 0;
        foreach (var entry in entries)
        {
            count += entry.Candidate.Exercise.LoadsLumbarSpine ? 1 : 0;
        }

        return count;
    }

    private static int CountIn(List<PlanEntry> entries, BackRegion region)
    {
        var count = 0;
        foreach (var entry in entries)
        {
            count += entry.Candidate.Exercise.Region == region ? 1 : 0;
        }

        return count;
    }

    private static bool MissingRegion(List<PlanEntry> included, ProgressionPolicy policy)
    {
        foreach (var region in Regions)
        {
            if (CountIn(included, region) < policy.MinExercisesIn(region))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether adding <paramref name="entry"/> keeps the plan within the lumbar loading cap.</summary>
    private static bool FitsLumbarCap(List<PlanEntry> included, PlanEntry entry, ProgressionPolicy policy)
        => !entry.Candidate.Exercise.LoadsLumbarSpine || LumbarLoading(included) < policy.MaxLumbarLoadingExercises;

    private static readonly BackRegion[] Regions = [BackRegion.Below, BackRegion.Around, BackRegion.Above];

    private static bool IsIn(PlanEntry entry, BackRegion region) => entry.Candidate.Exercise.Region == region;

    /// <summary>
    /// Trims the plan to <see cref="ProgressionPolicy.MaxExercises"/> by priority, except that each region keeps its
    /// highest-priority exercises up to its minimum; says which were left out, and which were kept for a region
    /// that plain priority would have cut. Returns the entries left out (<see cref="SaySessionSize"/> names them).
    /// </summary>
    private static List<PlanEntry> TrimKeepingRegions(List<PlanEntry> included, List<Reason> planReasons, ProgressionPolicy policy)
    {
        included.Sort(ByPriority);
        var max = policy.MaxExercises;

        // Each region's highest-priority entries up to its minimum are protected; the rest of the room goes by priority.
        Span<int> protectedLeft = [policy.MinBelowExercises, policy.MinAroundExercises, policy.MinAboveExercises];
        var isProtected = new bool[included.Count];
        var room = max;
        for (var i = 0; i < included.Count; i++)
        {
            if (included[i].Candidate.Exercise.Region is { } region && protectedLeft[(int)region] > 0)
            {
                protectedLeft[(int)region]--;
                isProtected[i] = true;
                room--;
            }
        }

        var kept = new List<PlanEntry>(max);
        var dropped = new List<PlanEntry>();
        for (var i = 0; i < included.Count; i++)
        {
            var entry = included[i];
            if (isProtected[i] || room-- > 0)
            {
                kept.Add(entry);
                if (isProtected[i] && i >= max)
                {
                    // Kept for its region where plain priority would have cut it.
                    var region = entry.Candidate.Exercise.Region!.Value;
                    var name = entry.Candidate.Exercise.Name;
                    var min = policy.MinExercisesIn(region);
                    var inRegion = CountIn(included, region);
                    planReasons.Add(new Reason(SelectionRules.RegionsKept,
                        () => $"{name} kept: a session keeps at least {SelectionRules.Exercises(min)} {SelectionRules.RegionName(region)}, "
                              + $"and {SelectionRules.Exercises(inRegion)} there {(inRegion == 1 ? "was" : "were")} chosen, so lower-priority work elsewhere is left out instead."));
                }
            }
            else
            {
                dropped.Add(entry);
            }
        }

        included.Clear();
        included.AddRange(kept);
        return dropped;
    }

    /// <summary>
    /// Says what the trim to <see cref="ProgressionPolicy.MaxExercises"/> left out, once the plan is final: never an
    /// exercise a region added back, and only what is news to the client — everything on a first plan, afterwards an
    /// exercise done at the last session. One that has never been in the program (a balanced exercise the imbalance
    /// work always outranks) is not repeated every session.
    /// </summary>
    private static void SaySessionSize(List<PlanEntry> trimmed, List<PlanEntry> included, List<Reason> planReasons, ProgressionPolicy policy)
    {
        var names = new List<string>();
        foreach (var entry in trimmed)
        {
            var client = entry.Candidate.Request.Client;
            if (!included.Contains(entry) && (client.LastSessionDate is null || client.LastSessionExercises.Contains(entry.Candidate.ExerciseId)))
            {
                names.Add(entry.Candidate.Exercise.Name);
            }
        }

        if (names.Count > 0)
        {
            var max = policy.MaxExercises;
            planReasons.Add(new Reason(SelectionRules.SessionSize, () => $"Kept to {max} exercises; left out today: {string.Join(", ", names)}."));
        }
    }

    /// <summary>
    /// For each region under its minimum, adds the best spare that works there (within the set ratios and the lumbar
    /// cap: over the cap, the lowest-priority lumbar-loading exercise of another region above its minimum leaves in its
    /// place); when that makes the plan longer than <see cref="ProgressionPolicy.MaxExercises"/>, the lowest-priority
    /// exercise of a region above its minimum leaves in its place. Every addition is said with the region's numbers.
    /// </summary>
    private static void AddMissingRegions(List<PlanEntry> included, List<PlanEntry> spares, List<Reason> planReasons, ProgressionPolicy policy)
    {
        foreach (var region in Regions)
        {
            var min = policy.MinExercisesIn(region);
            foreach (var spare in spares)
            {
                var have = CountIn(included, region);
                if (have >= min)
                {
                    break;
                }

                if (!IsIn(spare, region) || included.Contains(spare))
                {
                    continue;
                }

                // Over the lumbar cap, the region's work takes the cap from a lumbar-loading exercise of a region that
                // keeps its minimum without it (the hip hinge, say, when the seated good morning is all there is around
                // the lower back).
                PlanEntry? lumbarVictim = null;
                if (!FitsLumbarCap(included, spare, policy))
                {
                    included.Sort(ByPriority);
                    lumbarVictim = included.LastOrDefault(e => e.Candidate.Exercise.LoadsLumbarSpine
                                                               && e.Candidate.Exercise.Region is { } r && r != region
                                                               && CountIn(included, r) > policy.MinExercisesIn(r));
                    if (lumbarVictim is null || policy.MaxLumbarLoadingExercises == 0)
                    {
                        continue;
                    }

                    included.Remove(lumbarVictim);
                }

                included.Add(spare);
                if (BrokenRatio(included) is not null)
                {
                    included.RemoveAt(included.Count - 1);
                    if (lumbarVictim is not null)
                    {
                        included.Add(lumbarVictim);
                    }

                    continue;
                }

                string? replaced = lumbarVictim is null ? null : lumbarVictim.Candidate.Exercise.Name;
                var cap = policy.MaxLumbarLoadingExercises;
                if (included.Count > policy.MaxExercises)
                {
                    included.Sort(ByPriority);
                    var victim = included.LastOrDefault(e => !ReferenceEquals(e, spare)
                                                             && e.Candidate.Exercise.Region is { } r
                                                             && CountIn(included, r) > policy.MinExercisesIn(r));
                    if (victim is null)
                    {
                        included.Remove(spare);
                        if (lumbarVictim is not null)
                        {
                            included.Add(lumbarVictim);
                        }

                        continue;
                    }

                    included.Remove(victim);
                    if (BrokenRatio(included) is not null)
                    {
                        // The victim was supporting work the ratio needs: undo, and try the next spare.
                        included.Add(victim);
                        included.Remove(spare);
                        continue;
                    }

                    replaced = victim.Candidate.Exercise.Name;
                }

                var name = spare.Candidate.Exercise.Name;
                var forCap = lumbarVictim is not null;
                planReasons.Add(new Reason(SelectionRules.RegionsKept,
                    () => $"{name} added: a session keeps at least {SelectionRules.Exercises(min)} {SelectionRules.RegionName(region)}, and {have} "
                          + (have == 1 ? "was" : "were") + " planned" + (replaced is null ? "." : $"; it takes the place of {replaced}")
                          + (replaced is null ? "" : forCap ? $", as at most {SelectionRules.Exercises(cap)} loading the lumbar spine in flexion or a hinge {(cap == 1 ? "fits" : "fit")} a session." : ".")));
            }
        }
    }

    /// <summary>
    /// For each set ratio a rule asked for, says whether the plan meets it with knee-dominant (limited) work in it, or
    /// only trivially, because none is planned: the reason never claims a balance the plan does not test.
    /// </summary>
    private static void SayRatiosMet(List<PlanEntry> included, List<PlanEntry>? reserves, List<Reason> planReasons)
    {
        string? after = null;
        while (NextGroup(included, after) is { } group)
        {
            after = group;
            int supporting = 0, limited = 0, perSet = 0;
            foreach (var entry in included)
            {
                var sets = entry.Item.Prescription.Dosage.Sets + entry.Item.ExtraSets;
                bool isSupporting = false, isLimited = false;
                foreach (var (ratio, _) in entry.Ratios)
                {
                    if (ratio.Group == group)
                    {
                        isSupporting |= ratio.Role == SetRatioRole.Supporting;
                        isLimited |= ratio.Role == SetRatioRole.Limited;
                        perSet = Math.Max(perSet, ratio.SupportingSetsPerLimitedSet);
                    }
                }

                supporting += isSupporting ? sets : 0;
                limited += isLimited ? sets : 0;
            }

            // The limited side's rule (selection.quad-dominance.set-ratio) speaks for the ratio, wherever its choice
            // ended up (a filler that did not make the plan); else the supporting side's.
            var ruleId = RatioRuleId(included, group, SetRatioRole.Limited) ?? RatioRuleId(reserves ?? [], group, SetRatioRole.Limited)
                         ?? RatioRuleId(included, group, SetRatioRole.Supporting)!;
            var (s, l, k) = (supporting, limited, perSet);
            var limitedName = group == SelectionRules.HipWork ? SelectionRules.QuadWork : "limited";
            planReasons.Add(new Reason(ruleId, l == 0
                ? () => $"The set ratio of {k} {group} sets per {limitedName} set is met trivially: no {limitedName} work is planned today ({s} {group} sets, 0 {limitedName}), so it has nothing to balance."
                : () => $"The set ratio of {k} {group} sets per {limitedName} set holds: {s} {group} sets for {l} {limitedName} sets (at least {k * l} needed)."));
        }
    }

    private static string? RatioRuleId(List<PlanEntry> entries, string group, SetRatioRole role)
    {
        foreach (var entry in entries)
        {
            foreach (var (ratio, id) in entry.Ratios)
            {
                if (ratio.Group == group && ratio.Role == role)
                {
                    return id;
                }
            }
        }

        return null;
    }

    /// <summary>Higher priority first, then catalog order.</summary>
    private static int ByPriority(PlanEntry a, PlanEntry b)
        => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.Order.CompareTo(b.Order);

    /// <summary>Leaves out limited exercises, lowest priority first, until every set ratio the rules asked for holds.</summary>
    private static void KeepSetRatios(List<PlanEntry> included, List<Reason> planReasons)
    {
        while (BrokenRatio(included) is { } broken)
        {
            var (group, perSet, supporting, limited) = broken;
            PlanEntry? victim = null;
            string? ruleId = null;
            foreach (var entry in included)
            {
                foreach (var (ratio, id) in entry.Ratios)
                {
                    if (ratio.Role == SetRatioRole.Limited && ratio.Group == group)
                    {
                        if (victim is null || ByPriority(entry, victim) > 0)
                        {
                            (victim, ruleId) = (entry, id);
                        }

                        break;
                    }
                }
            }

            included.Remove(victim!);
            var name = victim!.Candidate.Exercise.Name;
            planReasons.Add(new Reason(ruleId!,
                () => $"{name} left out today: {supporting} {group} sets are planned, and {limited} sets of the work they must balance need at least {limited * perSet} ({perSet} for each)."));
        }
    }

    /// <summary>The first set ratio (by group name) that <paramref name="entries"/> do not keep, with its counts; or <see langword="null"/>.</summary>
    private static (string Group, int PerSet, int Supporting, int Limited)? BrokenRatio(List<PlanEntry> entries)
    {
        // Groups are few (one per imbalance that limits work): checking them in name order keeps the result stable.
        string? checkedUpTo = null;
        while (NextGroup(entries, checkedUpTo) is { } group)
        {
            checkedUpTo = group;
            int supporting = 0, limited = 0, perSet = 0;
            foreach (var entry in entries)
            {
                bool isSupporting = false, isLimited = false;
                foreach (var (ratio, _) in entry.Ratios)
                {
                    if (ratio.Group != group)
                    {
                        continue;
                    }

                    isSupporting |= ratio.Role == SetRatioRole.Supporting;
                    if (ratio.Role == SetRatioRole.Limited)
                    {
                        isLimited = true;
                        perSet = Math.Max(perSet, ratio.SupportingSetsPerLimitedSet);
                    }
                }

                var sets = entry.Item.Prescription.Dosage.Sets + entry.Item.ExtraSets;
                supporting += isSupporting ? sets : 0;
                limited += isLimited ? sets : 0;
            }

            if (limited > 0 && supporting < perSet * limited)
            {
                return (group, perSet, supporting, limited);
            }
        }

        return null;
    }

    /// <summary>The smallest ratio group name after <paramref name="after"/> (ordinal), or <see langword="null"/>.</summary>
    private static string? NextGroup(List<PlanEntry> entries, string? after)
    {
        string? next = null;
        foreach (var entry in entries)
        {
            foreach (var (ratio, _) in entry.Ratios)
            {
                if ((after is null || string.CompareOrdinal(ratio.Group, after) > 0)
                    && (next is null || string.CompareOrdinal(ratio.Group, next) < 0))
                {
                    next = ratio.Group;
                }
            }
        }

        return next;
    }

    private sealed record PlanEntry(PlanCandidate Candidate, int Priority, PlannedExercise Item, int Order, List<(PlanSetRatio Ratio, string RuleId)>? Ratios)
    {
        /// <summary>The set ratios the entry takes part in (a shared empty list when none).</summary>
        public List<(PlanSetRatio Ratio, string RuleId)> Ratios { get; } = Ratios ?? NoRatios;
    }

    private static readonly List<(PlanSetRatio Ratio, string RuleId)> NoRatios = [];
}
