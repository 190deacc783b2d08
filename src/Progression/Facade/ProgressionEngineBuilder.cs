using System.Reflection;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using Progression.Rules;

namespace Progression;

/// <summary>
/// Configures a <see cref="ProgressionEngine"/>: the policy, the catalog, and the rules (add NRules rule classes,
/// replace or remove rules by id). <see cref="Build"/> checks everything at once and compiles the rules with NRules.
/// Not thread-safe; a builder builds once.
/// </summary>
public sealed class ProgressionEngineBuilder
{
    private readonly List<RuleChange> _changes = [];
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

    /// <summary>
    /// Adds host rules: NRules rule classes (<see cref="NRules.Fluent.Dsl.Rule"/>) over the public facts of
    /// <see cref="Facts"/>, public or not. Each needs a <c>[Name]</c> (its id, unique) and a question tag —
    /// <c>[Tag(RuleTags.Set)]</c>, <c>[Tag(RuleTags.Plan)]</c> or <c>[Tag(RuleTags.Review)]</c> — which decides the
    /// session it runs in. They are listed after the built-in rules.
    /// </summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder AddRules(params Type[] ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        foreach (var type in ruleTypes)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(ruleTypes));
            _changes.Add(new RuleChange(RuleChangeKind.Add, null, type));
        }

        return this;
    }

    /// <summary>
    /// Adds every public, concrete NRules rule class of <paramref name="assembly"/> (as NRules' own type scanner
    /// finds them), in the order the assembly lists them. Internal rule classes are left out; name them with
    /// <see cref="AddRules"/>.
    /// </summary>
    /// <param name="assembly">The host's assembly of rules.</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder AddRulesFrom(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return AddRules(assembly.GetExportedTypes()
            .Where(type => type.IsClass && !type.IsAbstract && !type.IsGenericTypeDefinition && typeof(Rule).IsAssignableFrom(type))
            .ToArray());
    }

    /// <summary>Replaces a rule (built-in or added) by another NRules rule class in the same place; the new rule's reasons carry its own <c>[Name]</c>.</summary>
    /// <param name="id">The id (<c>[Name]</c>) of the rule to replace.</param>
    /// <param name="ruleType">The rule class that takes its place.</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder ReplaceRule(string id, Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(ruleType);
        _changes.Add(new RuleChange(RuleChangeKind.Replace, id, ruleType));
        return this;
    }

    /// <summary>Removes a rule by id; <see cref="Build"/> reports an id that no rule has.</summary>
    /// <param name="id">The rule id (its <c>[Name]</c>).</param>
    /// <returns>This builder.</returns>
    public ProgressionEngineBuilder RemoveRule(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _changes.Add(new RuleChange(RuleChangeKind.Remove, id, null));
        return this;
    }

    /// <summary>
    /// Validates the policy, the catalog and every rule, and compiles the rules with NRules: one rule set and session
    /// factory per question.
    /// </summary>
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
        var types = RuleTypes(errors);
        // The compiled rules depend on the rule classes only (the policy and the catalog are facts of each call), so every
        // engine with the built-in rules shares one compilation: a process compiles them once.
        var compiled = errors.Count > 0 ? null : _changes.Count == 0 ? CompiledRules.BuiltIn(errors) : CompiledRules.Compile(types, errors);
        if (errors.Count > 0)
        {
            throw new ProgressionConfigurationException(errors);
        }

        return new ProgressionEngine(ExerciseCatalog.Create(_exercises), Policy, compiled!);
    }

    /// <summary>
    /// The built-in rule types with the host's changes applied in order, each checked: a concrete NRules rule class
    /// with a parameterless constructor, a question tag, and a name no other rule has.
    /// </summary>
    private List<Type> RuleTypes(List<string> errors)
    {
        var types = new List<Type>(BuiltInRules.Types);
        var names = types.Select(type => new RuleMetadata(type).Name).ToList();
        foreach (var change in _changes)
        {
            if (change.Type is { } type && Problem(type) is { } problem)
            {
                errors.Add($"Rules: {type.FullName} {problem}");
                continue;
            }

            if (change.Kind == RuleChangeKind.Add)
            {
                types.Add(change.Type!);
                names.Add(new RuleMetadata(change.Type!).Name);
                continue;
            }

            var index = names.IndexOf(change.Id!);
            if (index < 0)
            {
                errors.Add($"Rules: cannot {(change.Kind == RuleChangeKind.Remove ? "remove" : "replace")} rule '{change.Id}': no rule has that id. Ids are the rules' [Name]s, listed by ProgressionEngine.Rules.");
            }
            else if (change.Kind == RuleChangeKind.Remove)
            {
                types.RemoveAt(index);
                names.RemoveAt(index);
            }
            else
            {
                types[index] = change.Type!;
                names[index] = new RuleMetadata(change.Type!).Name;
            }
        }

        // NRules itself accepts two rules with one name; the reasons could then not say which rule wrote them.
        foreach (var duplicate in names.Select((name, i) => (name, type: types[i])).GroupBy(r => r.name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"Rules: {duplicate.Count()} rules are named '{duplicate.Key}' ({string.Join(", ", duplicate.Select(r => r.type.FullName))}); a rule's [Name] is its id and must be unique.");
        }

        foreach (var type in types.Where(type => !new RuleMetadata(type).Tags.Any(RuleTags.IsQuestion)))
        {
            errors.Add($"Rules: {type.FullName} ('{new RuleMetadata(type).Name}') has no question tag: add [Tag(RuleTags.Set)], [Tag(RuleTags.Plan)] or [Tag(RuleTags.Review)] to say which call it runs in.");
        }

        return types;
    }

    private static string? Problem(Type type)
    {
        if (!typeof(Rule).IsAssignableFrom(type))
        {
            return "is not an NRules rule: derive it from NRules.Fluent.Dsl.Rule and declare When() and Then() in Define().";
        }

        if (type.IsAbstract || type.IsGenericTypeDefinition)
        {
            return "is abstract or an open generic type: NRules can only create concrete rule classes.";
        }

        return type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is null
            ? "has no parameterless constructor, which NRules needs to create it."
            : null;
    }

    private enum RuleChangeKind
    {
        Add,
        Remove,
        Replace,
    }

    private sealed record RuleChange(RuleChangeKind Kind, string? Id, Type? Type);
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
