using System.Reflection;
using System.Runtime.CompilerServices;

namespace Progression.Tests.Domain;

/// <summary>
/// Architecture rules for every public type of the library (the domain, the facts, the rule engine, the facade):
/// public classes are sealed or static, and public properties cannot be set after construction.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static IEnumerable<Type> PublicDomainTypes() =>
        typeof(ClientState).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_AreSealedStaticEnumOrInterface()
    {
        var open = PublicDomainTypes()
            .Where(t => !(t.IsSealed || t.IsInterface || t.IsEnum || (t.IsAbstract && t.IsSealed)))
            .Select(t => t.FullName)
            .ToList();

        Assert.NotEmpty(PublicDomainTypes());
        Assert.True(open.Count == 0, "Not sealed: " + string.Join(", ", open));
    }

    [Fact]
    public void PublicProperties_HaveNoPublicSetter()
    {
        var settable = PublicDomainTypes()
            .Where(t => !t.IsInterface)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.True(settable.Count == 0, "Publicly settable: " + string.Join(", ", settable));
    }

    [Fact]
    public void IsInitOnly_DetectsInitAccessors()
    {
        Assert.True(IsInitOnly(typeof(SetReport).GetProperty(nameof(SetReport.Rpe))!.SetMethod!));
        Assert.False(IsInitOnly(typeof(Mutable).GetProperty(nameof(Mutable.Value))!.SetMethod!));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private sealed class Mutable
    {
        public int Value { get; set; }
    }
}
