using Progression.Packs;
using Progression.Rules;

namespace Progression;

/// <summary>
/// Configures a <see cref="ProgressionEngine"/>: the policy, the catalog, and the rules (add,
/// replace or remove by id, in the same DSL the built-in rules use). <see cref="Build"/> checks
/// everything at once. Not thread-safe; a builder builds once.
/// </summary>
public sealed class ProgressionEngineBuilder
{
    private readonly List<Action<RuleSetBuilder, ProgressionPolicy>> _ruleChanges = [];
    private readonly List<Exercise> _exercises = [.. ExerciseCatalog.BuiltIn.Exercises];
    private readonly List<string> _catalogProblems = [];
    private bool _built;

    internal ProgressionEngineBuilder()
    {
    }

    /// <summary>The policy the engine will use; <see cref="ProgressionPolicy.Default"/> unless changed.</summary>
    public ProgressionPolicy Policy { get; private set; } = ProgressionPolicy.Default;

    /// <summary>Uses <paramref name="policy"/>, for example <see cref="ProgressionPolicy.PainMonitoring"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder UsePolicy(ProgressionPolicy policy)
    {
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        return this;
    }

    /// <summary>Changes the policy from its current value: <c>b.ConfigurePolicy(p =&gt; p with { MaxExercises = 6 })</c>.</summary>
    /// <param name="configure">Returns the new policy from the current one.</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder ConfigurePolicy(Func<ProgressionPolicy, ProgressionPolicy> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return UsePolicy(configure(Policy));
    }

    /// <summary>Adds an exercise to the catalog, or replaces the one with the same id.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder AddExercise(Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var index = _exercises.FindIndex(e => e.Id == exercise.Id);
        if (index >= 0)
        {
            _exercises[index] = exercise;
        }
        else
        {
            _exercises.Add(exercise);
        }

        return this;
    }

    /// <summary>Removes an exercise from the catalog; <see cref="Build"/> reports an id that is not there.</summary>
    /// <param name="exerciseId">The exercise id.</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder RemoveExercise(string exerciseId)
    {
        if (_exercises.RemoveAll(e => e.Id == exerciseId) == 0)
        {
            _catalogProblems.Add($"Catalog: cannot remove exercise '{exerciseId}': no exercise has that id.");
        }

        return this;
    }

    /// <summary>Adds a rule, declared after the built-in ones.</summary>
    /// <param name="id">A stable id, e.g. <c>clinic.no-loaded-work-in-week-one</c>.</param>
    /// <param name="define">Declares the rule's description, salience, patterns and action; the policy is passed in.</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder AddRule(string id, Action<RuleBuilder, ProgressionPolicy> define)
    {
        ArgumentNullException.ThrowIfNull(define);
        _ruleChanges.Add((rules, policy) => define(rules.Rule(id), policy));
        return this;
    }

    /// <summary>Replaces a rule (built-in or added) by a new definition in the same place.</summary>
    /// <param name="id">The id of the rule to replace.</param>
    /// <param name="define">Declares the new rule.</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder ReplaceRule(string id, Action<RuleBuilder, ProgressionPolicy> define)
    {
        ArgumentNullException.ThrowIfNull(define);
        _ruleChanges.Add((rules, policy) => define(rules.Replace(id), policy));
        return this;
    }

    /// <summary>Removes a rule; <see cref="Build"/> reports an id that does not exist.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder RemoveRule(string id)
    {
        _ruleChanges.Add((rules, _) => rules.Remove(id));
        return this;
    }

    /// <summary>Validates the policy, the catalog and every rule, and compiles the engine.</summary>
    /// <returns>The engine.</returns>
    /// <exception cref="ProgressionConfigurationException">Something is invalid; the exception lists every problem.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built an engine.</exception>
    public ProgressionEngine Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built an engine; create a new builder with ProgressionEngine.CreateBuilder().");
        }

        _built = true;
        var errors = new List<string>();
        Policy.Validate(errors);
        errors.AddRange(_catalogProblems);
        var catalogProblems = ExerciseCatalog.Validate(_exercises);
        errors.AddRange(catalogProblems.Select(p => "Catalog: " + p));
        var policy = errors.Count == 0 ? Policy : ProgressionPolicy.Default;
        var rules = new RuleSetBuilder();
        SafetyRules.AddTo(rules, policy);
        ProgressionRules.AddTo(rules, policy);
        SelectionRules.AddTo(rules, policy);
        BreakRules.AddTo(rules, policy);
        foreach (var change in _ruleChanges)
        {
            change(rules, policy);
        }

        RuleSet? compiled = null;
        try
        {
            compiled = rules.Build();
        }
        catch (RuleDefinitionException exception)
        {
            errors.AddRange(exception.Errors);
        }

        if (errors.Count > 0)
        {
            throw new ProgressionConfigurationException(errors);
        }

        return new ProgressionEngine(ExerciseCatalog.Create(_exercises), Policy, compiled!);
    }
}

/// <summary>Thrown by <see cref="ProgressionEngineBuilder.Build"/>; lists every problem in the policy, the catalog and the rules.</summary>
public sealed class ProgressionConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">One sentence per problem.</param>
    public ProgressionConfigurationException(IReadOnlyList<string> errors)
        : base($"The progression engine is misconfigured ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):"
               + string.Concat(errors.Select(e => Environment.NewLine + " - " + e)))
    {
        Errors = errors.ToArray();
    }

    /// <summary>Every problem, one sentence each.</summary>
    public IReadOnlyList<string> Errors { get; }
}
