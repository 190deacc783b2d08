namespace Progression.Rules;

/// <summary>One firing of a rule: which rule, in which position of the run, on which facts.</summary>
public readonly struct RuleFiring : IEquatable<RuleFiring>
{
    private readonly Activation _activation;

    internal RuleFiring(Activation activation, int index)
    {
        _activation = activation;
        Index = index;
    }

    /// <summary>The rule that fired.</summary>
    public RuleInfo Rule => _activation.Rule.Info;

    /// <summary>The firing's position in the session, from 0.</summary>
    public int Index { get; }

    /// <summary>The facts the rule matched, one per pattern in declaration order (a new array on each read).</summary>
    public IReadOnlyList<object> Facts => _activation.Facts();

    /// <inheritdoc />
    public bool Equals(RuleFiring other) => ReferenceEquals(_activation, other._activation) && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleFiring other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_activation, Index);

    /// <summary>Whether two firings are the same.</summary>
    /// <param name="left">A firing.</param>
    /// <param name="right">Another firing.</param>
    /// <returns><see langword="true"/> if they are the same firing.</returns>
    public static bool operator ==(RuleFiring left, RuleFiring right) => left.Equals(right);

    /// <summary>Whether two firings differ.</summary>
    /// <param name="left">A firing.</param>
    /// <param name="right">Another firing.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(RuleFiring left, RuleFiring right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"#{Index} {Rule.Id} [{string.Join(", ", Facts)}]";
}
