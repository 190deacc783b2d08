using FsCheck;
using FsCheck.Fluent;

namespace Progression.Tests.Facade;

/// <summary>
/// Random assessments for the selection properties (regions, rotation): every finding's input present or not, each on
/// both sides of its threshold, with the equipment a property asks for.
/// </summary>
internal static class AssessmentGenerators
{
    /// <summary>Every piece of equipment the library knows.</summary>
    public static readonly Equipment[] AllEquipment = Enum.GetValues<Equipment>();

    /// <summary>Any subset of <see cref="AllEquipment"/>, the empty one included.</summary>
    public static readonly Gen<IReadOnlySet<Equipment>?> AnySubset =
        Gen.ArrayOf(Gen.Elements(true, false), AllEquipment.Length)
            .Select(owned => (IReadOnlySet<Equipment>?)AllEquipment.Where((_, i) => owned[i]).ToHashSet());

    private static Gen<double?> Maybe(Gen<double> values) =>
        Gen.Frequency((1, Gen.Constant<double?>(null)), (2, values.Select(v => (double?)v)));

    private static Gen<double> Seconds(int min, int max) => Gen.Choose(min, max).Select(s => (double)s);

    private static readonly Gen<TrunkEndurance?> Trunks =
        from present in Gen.Elements(true, false)
        from flexor in Maybe(Seconds(10, 200))
        from extensor in Maybe(Seconds(10, 200))
        from left in Maybe(Seconds(10, 120))
        from right in Maybe(Seconds(10, 120))
        select present ? new TrunkEndurance { FlexorSeconds = flexor, ExtensorSeconds = extensor, SideBridgeLeftSeconds = left, SideBridgeRightSeconds = right } : null;

    /// <summary>
    /// Assessments: H:Q 0.30–0.90 or none, single-leg bridge and Thomas angles or none, trunk endurance or none, and the
    /// equipment <paramref name="equipment"/> draws.
    /// </summary>
    public static Gen<Assessment> Assessments(Gen<IReadOnlySet<Equipment>?> equipment) =>
        from hq in Maybe(Gen.Choose(30, 90).Select(h => h / 100.0))
        from bridge in Gen.Elements(true, false)
        from weaker in Seconds(0, 60)
        from stronger in Seconds(20, 60)
        from angles in Gen.Elements(true, false)
        from leftAngle in Gen.Choose(-15, 15)
        from rightAngle in Gen.Choose(-15, 15)
        from trunk in Trunks
        from kit in equipment
        select new Assessment
        {
            HamstringQuadRatio = hq,
            SingleLegBridgeSeconds = bridge ? new SidePair(weaker, stronger) : null,
            HipFlexorAngle = angles ? new SidePair(leftAngle, rightAngle) : null,
            Trunk = trunk,
            Equipment = kit,
        };
}
