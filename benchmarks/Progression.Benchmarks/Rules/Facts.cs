namespace Progression.Benchmarks.Rules;

/// <summary>The fact of NRules' Meta benchmarks: one int property, set to the fact's index.</summary>
public sealed class TestFact1(int intProperty)
{
    public int IntProperty { get; } = intProperty;
}

/// <summary>The second fact type of NRules' two-fact join benchmark.</summary>
public sealed class TestFact2(int intProperty)
{
    public int IntProperty { get; } = intProperty;
}

/// <summary>What every benchmark's action leaves behind, so a setup can prove the engine did the work.</summary>
internal sealed class Tally
{
    /// <summary>How many times an action ran.</summary>
    public int Actions;

    /// <summary>A sum over the facts the actions read, so wrong pairings show even when the count is right.</summary>
    public long Checksum;

    public void Reset()
    {
        Actions = 0;
        Checksum = 0;
    }
}

/// <summary>The correctness guard each GlobalSetup runs before anything is measured.</summary>
internal static class Guard
{
    /// <summary>Throws unless Fire returned <paramref name="expectedFirings"/>, the actions ran that often, and they read the expected facts.</summary>
    public static void Expect(string shape, int fired, Tally tally, int expectedFirings, long expectedChecksum)
    {
        if (fired != expectedFirings || tally.Actions != expectedFirings || tally.Checksum != expectedChecksum)
        {
            throw new InvalidOperationException(
                $"{shape}: the engine is broken, so this benchmark would measure nothing meaningful. "
                + $"Expected {expectedFirings} firings (checksum {expectedChecksum}); Fire returned {fired}, "
                + $"actions ran {tally.Actions} times (checksum {tally.Checksum}).");
        }
    }

    public static TestFact1[] Facts1(int count)
    {
        var facts = new TestFact1[count];
        for (var i = 0; i < count; i++)
        {
            facts[i] = new TestFact1(i);
        }

        return facts;
    }

    public static TestFact2[] Facts2(int count)
    {
        var facts = new TestFact2[count];
        for (var i = 0; i < count; i++)
        {
            facts[i] = new TestFact2(i);
        }

        return facts;
    }
}
