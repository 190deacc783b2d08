using System.Globalization;

namespace Progression.Coach.Coaching;

/// <summary>How doses, names and numbers read on a page.</summary>
public static class Display
{
    /// <summary>"3 × 10", "3 × 20 s", "3 × 8 at 12 kg".</summary>
    public static string Dose(int sets, int? reps, double? holdSeconds, double? loadKg)
    {
        var amount = reps is { } r ? r.ToString(CultureInfo.InvariantCulture) : holdSeconds is { } h ? $"{Number(h)} s" : "?";
        var load = loadKg is { } kg and > 0 ? $" at {Number(kg)} kg" : "";
        return $"{sets} × {amount}{load}";
    }

    /// <summary>A number without trailing zeros, invariant.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A number or a dash.</summary>
    public static string Number(double? value) => value is { } v ? Number(v) : "–";

    /// <summary>A number, or an empty string (for a form's value).</summary>
    public static string NumberOrEmpty(double? value) => value is { } v ? Number(v) : "";

    /// <summary>The exercise's name from the catalog, or its id if the catalog no longer has it.</summary>
    public static string Exercise(this IProgressionEngine engine, string exerciseId) => engine.Catalog.Find(exerciseId)?.Name ?? exerciseId;

    /// <summary>The variant's name, or its id.</summary>
    public static string Variant(this IProgressionEngine engine, string? variantId) =>
        variantId is not null && engine.Catalog.TryGetVariant(variantId, out _, out var variant) ? variant!.Name : variantId ?? "–";
}
