using System.Buffers;
using NRules;
using NRules.Diagnostics;
using NRules.Fluent;
using NRules.RuleModel;

namespace Progression;

/// <summary>The three questions the facade answers; each has its own compiled rule set and session factory.</summary>
internal enum Question
{
    Set,
    Plan,
    Review,
}

/// <summary>
/// The rules compiled by NRules: one <see cref="ISessionFactory"/> per question (a session holds only that question's
/// rules), and <see cref="Run"/>, which opens one session per call, inserts, fires with a firing limit and hands back
/// every fact in working memory in insertion order (so the rules' results in firing order). Thread-safe: the factories
/// are, and a session never outlives the call that opened it.
/// </summary>
internal sealed class CompiledRules
{
    /// <summary>
    /// The most rule firings one call may take. A plan of the built-in catalog fires about a hundred; a rule that keeps
    /// re-activating itself (inserting a fact that matches its own pattern, say) would otherwise never return.
    /// </summary>
    internal const int FiringLimit = 10_000;

    private static readonly string[] QuestionTags = [RuleTags.Set, RuleTags.Plan, RuleTags.Review];

    // The rules whose condition failed last on this thread: NRules' exception for a failed condition does not name
    // the rule, its error event does; the call that catches the exception reads it on the same thread.
    [ThreadStatic]
    private static string[]? t_failedConditionRules;

    private readonly ISessionFactory[] _factories;

    private CompiledRules(ISessionFactory[] factories, IReadOnlyList<RuleInfo> rules)
    {
        _factories = factories;
        Rules = rules;
        foreach (var factory in factories)
        {
            factory.Events.LhsExpressionFailedEvent += (_, e) => t_failedConditionRules = e.Rules.Select(r => r.Name).Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    private static CompiledRules? s_builtIn;

    /// <summary>Every rule, in the order of the types it was compiled from.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The session factory of <paramref name="question"/>, whose schema is the compiled Rete network.</summary>
    public ISessionFactory FactoryOf(Question question) => _factories[(int)question];

    /// <summary>
    /// Loads <paramref name="types"/> into an NRules <see cref="RuleRepository"/>, one rule set per question tag
    /// (<c>Where(tag).To(tag)</c>), and compiles each set. Adds a sentence to <paramref name="errors"/> for every rule
    /// type NRules cannot load or compile, and returns <see langword="null"/> when there is any.
    /// </summary>
    /// <param name="types">Rule types whose metadata the caller has checked (concrete NRules rules with unique names and a question tag).</param>
    /// <param name="errors">Where problems go.</param>
    public static CompiledRules? Compile(IReadOnlyList<Type> types, List<string> errors)
    {
        // Each question loads and compiles its own rule set: the three are independent, so they run side by side
        // (compiling the rules' expressions is most of Build()'s time).
        var factories = new ISessionFactory[QuestionTags.Length];
        var loaded = new IRuleDefinition[QuestionTags.Length][];
        var failures = new List<string>[QuestionTags.Length];
        var uncompiled = new List<string>[QuestionTags.Length];
        Parallel.For(0, QuestionTags.Length, q =>
        {
            failures[q] = [];
            uncompiled[q] = [];
            var tag = QuestionTags[q];
            var repository = new RuleRepository();
            try
            {
                // The built-in rule classes are internal: without PrivateTypes() NRules' scanner drops them silently.
                repository.Load(spec => spec.From(types).PrivateTypes().NestedTypes().Where(rule => rule.IsTagged(tag)).To(tag));
            }
            catch (Exception exception) when (IsLoadError(exception))
            {
                failures[q].Add(Innermost(exception).Message);
                return;
            }

            loaded[q] = repository.GetRuleSets().SelectMany(set => set.Rules).ToArray();
            try
            {
                factories[q] = NewCompiler().Compile(loaded[q]);
            }
            catch (RuleCompilationException)
            {
                // Compile each rule on its own to name every one that fails.
                foreach (var rule in loaded[q])
                {
                    try
                    {
                        NewCompiler().Compile([rule]);
                    }
                    catch (RuleCompilationException single)
                    {
                        uncompiled[q].Add($"Rules: NRules cannot compile rule '{rule.Name}': {Innermost(single).Message}");
                    }
                }
            }
        });

        if (failures.Any(f => f.Count > 0))
        {
            // Load each type on its own to name every one that fails, not only the first.
            foreach (var type in types)
            {
                try
                {
                    new RuleRepository().Load(spec => spec.From(type).PrivateTypes().NestedTypes());
                }
                catch (Exception single) when (IsLoadError(single))
                {
                    errors.Add($"Rules: NRules cannot load rule type {type.FullName}: {Innermost(single).Message}");
                }
            }

            if (errors.Count == 0)
            {
                errors.AddRange(failures.SelectMany(f => f).Distinct().Select(message => $"Rules: NRules cannot load the rules: {message}"));
            }

            return null;
        }

        errors.AddRange(uncompiled.SelectMany(u => u));
        if (errors.Count > 0)
        {
            return null;
        }

        var definitions = new Dictionary<string, IRuleDefinition>(StringComparer.Ordinal);
        foreach (var rule in loaded.SelectMany(rules => rules))
        {
            definitions.TryAdd(rule.Name, rule);
        }

        var infos = new List<RuleInfo>(types.Count);
        foreach (var type in types)
        {
            var name = new RuleMetadata(type).Name;
            if (definitions.TryGetValue(name, out var definition))
            {
                infos.Add(Describe(definition, infos.Count));
            }
        }

        return new CompiledRules(factories, infos);
    }

    /// <summary>
    /// The built-in rules, compiled on first use and then shared by every engine that runs them unchanged: the session
    /// factories are thread-safe and hold no policy or catalog, which each call inserts as facts.
    /// </summary>
    public static CompiledRules? BuiltIn(List<string> errors)
    {
        if (Volatile.Read(ref s_builtIn) is { } compiled)
        {
            return compiled;
        }

        var made = Compile(global::Progression.Rules.BuiltInRules.Types, errors);
        return made is null ? null : Interlocked.CompareExchange(ref s_builtIn, made, null) ?? made;
    }

    private static bool IsLoadError(Exception exception)
        => exception is RuleActivationException or RuleDefinitionException or InvalidOperationException or ArgumentException;

    private static RuleCompiler NewCompiler()
    {
        var compiler = new RuleCompiler();
        // Facts are told apart by reference: two rules may record equal findings, and a record's value equality
        // would make NRules refuse the second as a duplicate (and hash every reason's text to find out).
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler;
    }

    private static RuleInfo Describe(IRuleDefinition definition, int order)
    {
        var facts = new List<Type>();
        var conditions = new List<Type>();
        Walk(definition.LeftHandSide, facts, conditions, negated: false);
        return new RuleInfo(definition.Name, definition.Description, definition.Priority, order, definition.Tags.ToArray(), facts, conditions);
    }

    private static void Walk(RuleElement element, List<Type> facts, List<Type> conditions, bool negated)
    {
        switch (element)
        {
            case PatternElement pattern:
                (negated ? conditions : facts).Add(pattern.ValueType);
                if (pattern.Source is AggregateElement aggregate)
                {
                    Walk(aggregate.Source, facts, conditions, negated);
                }

                break;
            case NotElement not:
                Walk(not.Source, facts, conditions, negated: true);
                break;
            case ExistsElement exists:
                Walk(exists.Source, facts, conditions, negated: true);
                break;
            case ForAllElement all:
                Walk(all.BasePattern, facts, conditions, negated: true);
                foreach (var pattern in all.Patterns)
                {
                    Walk(pattern, facts, conditions, negated: true);
                }

                break;
            case GroupElement group:
                foreach (var child in group.ChildElements)
                {
                    Walk(child, facts, conditions, negated);
                }

                break;
        }
    }

    /// <summary>
    /// Opens a session of <paramref name="question"/>, inserts <paramref name="facts"/> in one batch, fires, and returns
    /// every fact of working memory in insertion order — the inputs, then what the rules inserted, in firing order.
    /// The caller gives the returned buffer back with <see cref="Release"/>.
    /// </summary>
    /// <exception cref="ProgressionRuleException">A rule's condition or action threw, or the rules fired <see cref="FiringLimit"/> times.</exception>
    public (object[] Buffer, int Count) Run(Question question, object[] facts)
    {
        var session = _factories[(int)question].CreateSession();
        try
        {
            session.InsertAll(facts);
            if (session.Fire(FiringLimit) == FiringLimit && !session.Agenda.IsEmpty)
            {
                throw Runaway(session, question);
            }
        }
        catch (RuleLhsExpressionEvaluationException exception)
        {
            throw ConditionFailed(exception);
        }
        catch (RuleRhsExpressionEvaluationException exception)
        {
            throw exception.InnerException is RuleLhsExpressionEvaluationException condition
                ? ConditionFailed(condition)
                : new ProgressionRuleException($"Rule '{exception.RuleName}' threw in its action: {Innermost(exception).Message}", [exception.RuleName], exception.InnerException);
        }

        var buffer = ArrayPool<object>.Shared.Rent(facts.Length * 4);
        var count = 0;
        foreach (var fact in session.Query<object>())
        {
            if (count == buffer.Length)
            {
                var larger = ArrayPool<object>.Shared.Rent(buffer.Length * 2);
                Array.Copy(buffer, larger, count);
                Release(buffer, count);
                buffer = larger;
            }

            buffer[count++] = fact;
        }

        return (buffer, count);
    }

    /// <summary>Clears and returns a buffer <see cref="Run"/> handed out.</summary>
    public static void Release(object[] buffer, int count)
    {
        Array.Clear(buffer, 0, count);
        ArrayPool<object>.Shared.Return(buffer);
    }

    private static ProgressionRuleException ConditionFailed(RuleLhsExpressionEvaluationException exception)
    {
        var rules = t_failedConditionRules ?? [];
        t_failedConditionRules = null;
        var named = rules.Length == 0 ? "A rule's condition" : $"The condition of rule {string.Join(", ", rules.Select(r => $"'{r}'"))}";
        return new ProgressionRuleException($"{named} threw: {Innermost(exception).Message} (condition: {exception.Expression}).", rules, exception.InnerException);
    }

    private static ProgressionRuleException Runaway(ISession session, Question question)
    {
        // Fire a few more, one at a time, to see which rules keep the agenda full.
        var names = new List<string>();
        for (var i = 0; i < 100 && !session.Agenda.IsEmpty; i++)
        {
            var name = session.Agenda.Peek().Rule.Name;
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            session.Fire(1);
        }

        return new ProgressionRuleException(
            $"The {question.ToString().ToLowerInvariant()} rules fired {FiringLimit} times without settling; these rules keep activating: {string.Join(", ", names.Select(n => $"'{n}'"))}. A rule that inserts or updates a fact its own conditions match fires again and again: add a condition that stops it.",
            names);
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }
}
