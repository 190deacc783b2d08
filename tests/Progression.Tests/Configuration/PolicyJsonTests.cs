using System.Reflection;
using System.Text.Json;

namespace Progression.Tests.Configuration;

/// <summary>A policy as a JSON document: export, load, and every problem reported at once with its path.</summary>
public sealed class PolicyJsonTests
{
    public static TheoryData<string> Presets => new() { nameof(ProgressionPolicy.Default), nameof(ProgressionPolicy.PainMonitoring) };

    private static ProgressionPolicy Preset(string name) =>
        name == nameof(ProgressionPolicy.Default) ? ProgressionPolicy.Default : ProgressionPolicy.PainMonitoring;

    [Theory]
    [MemberData(nameof(Presets))]
    public void BuiltInPolicy_WrittenAndReadBack_IsEqual(string preset)
    {
        var policy = Preset(preset);

        var loaded = ProgressionPolicyJson.Read(ProgressionPolicyJson.Write(policy));

        Assert.Equal(policy, loaded);
    }

    [Fact]
    public void ChangedPolicy_WrittenAndReadBack_KeepsEveryChangedValue()
    {
        var policy = ProgressionPolicy.Default with { MinHamstringQuadRatio = 0.55, MaxHipFlexorAngle = -2.5, MaxExercises = 6, PainModel = PainModel.PainMonitoring };

        Assert.Equal(policy, ProgressionPolicyJson.Read(ProgressionPolicyJson.Write(policy)));
    }

    [Fact]
    public void Write_NamesEveryPolicyProperty_InDeclarationOrder()
    {
        var properties = typeof(ProgressionPolicy)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null)
            .OrderBy(p => p.MetadataToken)
            .Select(p => p.Name);

        using var document = JsonDocument.Parse(ProgressionPolicyJson.Write(ProgressionPolicy.Default));

        Assert.Equal(properties, document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Strict", document.RootElement.GetProperty("PainModel").GetString());
        Assert.Equal(0.6, document.RootElement.GetProperty("MinHamstringQuadRatio").GetDouble());
    }

    [Fact]
    public void Read_PartialDocument_KeepsDefaultsForWhatIsLeftOut()
    {
        var policy = ProgressionPolicyJson.Read("""
            // A coach's file: comments and a trailing comma are fine.
            { "$schema": "progression-policy.schema.json", "SuccessesToProgress": 3, "MaxExercises": 6.0, }
            """);

        Assert.Equal(ProgressionPolicy.Default with { SuccessesToProgress = 3, MaxExercises = 6 }, policy);
    }

    [Fact]
    public void Read_OnABasis_KeepsTheBasisValues()
    {
        var policy = ProgressionPolicyJson.Read("""{ "MaxExercises": 6 }""", ProgressionPolicy.PainMonitoring);

        Assert.Equal(ProgressionPolicy.PainMonitoring with { MaxExercises = 6 }, policy);
    }

    [Fact]
    public void Read_DocumentWithSeveralProblems_ListsEveryOneWithItsPath()
    {
        var e = Assert.Throws<ProgressionJsonException>(() => ProgressionPolicyJson.Read("""
            {
              "PainModel": "Gentle",
              "SuccessesToProgress": 2.5,
              "FailuresToDeload": "three",
              "MaxExercises": 40,
              "MinExercises": 12,
              "maxWorkGainPercent": 5,
              "Colour": "blue"
            }
            """));

        var byPath = e.Problems.ToLookup(p => p.Path, p => p.Message);
        Assert.Contains("must be one of Strict, PainMonitoring; was \"Gentle\"", Assert.Single(byPath["$.PainModel"]));
        Assert.Contains("must be a whole number; was 2.5", Assert.Single(byPath["$.SuccessesToProgress"]));
        Assert.Contains("must be a whole number; was \"three\"", Assert.Single(byPath["$.FailuresToDeload"]));
        Assert.Equal("MaxExercises must be between 1 and 20 (inclusive); was 40.", Assert.Single(byPath["$.MaxExercises"]));
        Assert.Contains("did you mean \"MaxWorkGainPercent\"", Assert.Single(byPath["$.maxWorkGainPercent"]));
        Assert.Contains("allowed: $schema, PainModel,", Assert.Single(byPath["$.Colour"]));
        Assert.Equal(6, e.Problems.Count);
        Assert.Contains("6 problems", e.Message);
    }

    [Fact]
    public void Read_BoundsBetweenProperties_NameBothAtTheLowerOnesPath()
    {
        var e = Assert.Throws<ProgressionJsonException>(() => ProgressionPolicyJson.Read("""{ "MinExercises": 8, "MaxExercises": 6 }"""));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.MinExercises", problem.Path);
        Assert.Equal("MinExercises 8 must not exceed MaxExercises 6.", problem.Message);
    }

    [Fact]
    public void Read_UnreadableValue_IsNotAlsoJudgedByTheDefaultStandingInForIt()
    {
        // MaxLoadIncreasePercent cannot be read; the default 10 standing in would make "MinLoadIncreasePercent 20 must not
        // exceed MaxLoadIncreasePercent 10" a second, misleading problem. MinLoadIncreasePercent's own range still counts.
        var e = Assert.Throws<ProgressionJsonException>(() => ProgressionPolicyJson.Read("""
            { "MinLoadIncreasePercent": 20, "LoadIncreasePercent": 30, "MaxLoadIncreasePercent": "lots" }
            """));

        Assert.Equal(["$.MaxLoadIncreasePercent"], e.Problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData("""{ "MaxExercises": 6 """, "$", "line 1")]
    [InlineData("""[ 1, 2 ]""", "$", "must be an object; was an array")]
    [InlineData("""{ "MaxExercises": null }""", "$.MaxExercises", "must be a whole number; was null")]
    [InlineData("""{ "PainModel": 1 }""", "$.PainModel", "must be one of Strict, PainMonitoring; was 1")]
    public void Read_MalformedDocument_SaysWhereAndWhat(string json, string path, string message)
    {
        var problem = Assert.Single(Assert.Throws<ProgressionJsonException>(() => ProgressionPolicyJson.Read(json)).Problems);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
    }
}
