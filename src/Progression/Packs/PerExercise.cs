using System.Runtime.CompilerServices;

namespace Progression.Packs;

/// <summary>
/// A value made once per exercise object and then reused — for sentences that depend only on the
/// exercise, so planning the same catalog again allocates nothing for them. Thread-safe; entries
/// go away with their exercise.
/// </summary>
internal sealed class PerExercise<T>
    where T : class
{
    private readonly ConditionalWeakTable<Exercise, T> _cache = new();
    private readonly ConditionalWeakTable<Exercise, T>.CreateValueCallback _make;

    public PerExercise(Func<Exercise, T> make)
    {
        _make = exercise => make(exercise);
    }

    public T For(Exercise exercise) => _cache.GetValue(exercise, _make);
}
