namespace Progression.Facts;

/// <summary>
/// Recorded by a safety rule at review: the client should see a professional, whatever step stands for the exercise
/// (severe joint pain, say). The review's <see cref="SessionReview.Referral"/> takes the most urgent, its reasons list
/// this one, and the new state remembers it as <see cref="ClientState.OpenReferral"/>.
/// </summary>
/// <param name="Referral">How urgently; more than <see cref="Progression.Referral.None"/> to count.</param>
/// <param name="Reason">The rule and the sentence for the client.</param>
public sealed record ReviewReferral(Referral Referral, Reason Reason);
