namespace Progression.Facts;

/// <summary>
/// The fact <see cref="IProgressionEngine.EvaluateSet"/> inserts for the set just finished.
/// Host rules match it (and <see cref="ReportedSymptom"/>) and record a <see cref="SetFinding"/>.
/// </summary>
public sealed class SetUnderReview
{
    internal SetUnderReview(ClientState client, SetReport set, Exercise exercise, ExerciseVariant variant)
    {
        Client = client;
        Set = set;
        Exercise = exercise;
        Variant = variant;
    }

    /// <summary>The client.</summary>
    public ClientState Client { get; }

    /// <summary>The set as reported.</summary>
    public SetReport Set { get; }

    /// <summary>The exercise the set belongs to.</summary>
    public Exercise Exercise { get; }

    /// <summary>
    /// The variant performed: named in the report, else the client's current one, else the start a plan would
    /// prescribe this client (the rung their assessment sets; else the first their equipment allows; the ladder's
    /// first when none). Never null, so a
    /// safety verdict never waits on a missing variant.
    /// </summary>
    public ExerciseVariant Variant { get; }
}

/// <summary>One symptom of the set under review, as its own fact so rules can match symptoms one by one.</summary>
public sealed class ReportedSymptom
{
    internal ReportedSymptom(Symptom symptom, SetUnderReview set)
    {
        Symptom = symptom;
        Set = set;
    }

    /// <summary>The symptom.</summary>
    public Symptom Symptom { get; }

    /// <summary>The set it was reported with.</summary>
    public SetUnderReview Set { get; }

    /// <summary>The symptom's kind.</summary>
    public SymptomKind Kind => Symptom.Kind;

    /// <summary>Where it was felt.</summary>
    public BodySite Site => Symptom.Site;

    /// <summary>Its intensity, 0–10.</summary>
    public int Intensity => Symptom.Intensity;
}

/// <summary>What one rule concludes about a set; the safest finding sets the verdict, and every finding's reason is listed.</summary>
/// <param name="Action">What the client should do.</param>
/// <param name="Referral">Whether, and how urgently, to see a professional.</param>
/// <param name="Reason">The rule and the sentence for the client.</param>
public sealed record SetFinding(SetAction Action, Referral Referral, Reason Reason);
