using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using ErrorCodes.Generator;
using ErrorCodes.Generator.Emit;
using ErrorCodes.Generator.Model;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The generator re-runs only what an edit touches, and its step outputs are plain values that cache by equality.
/// That its output depends on nothing but the catalogs' content is <see cref="DeterminismTests"/>' subject.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>
    /// Objects a pipeline model must never hold: they pin compilations and texts in memory and compare by
    /// reference, so a step holding one re-runs on every keystroke. A Location or SyntaxTree would do the same.
    /// </summary>
    private static readonly Type[] ForbiddenTypes =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
        typeof(SourceText), typeof(AdditionalText), typeof(Location),
    };

    private static CSharpCompilation UserCompilation()
        => GeneratorHarness.CreateCompilation("namespace TestApp { public static class Program { public static int Answer() => 42; } }");

    /// <summary>A driver over the seed catalogs (with their item metadata) given as texts this test keeps, so one can be replaced later.</summary>
    private static (GeneratorDriver Driver, AdditionalText[] Files) SeedDriver()
    {
        IReadOnlyList<Catalog> seeds = SeedCatalogs.All();
        AdditionalText[] files = seeds
            .Select(catalog => (AdditionalText)new InMemoryAdditionalText(catalog.Path, catalog.Text))
            .ToArray();
        // With the seeds' item metadata (the string-coded one's ErrorCodesCodeType), as a build passes it.
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<Catalog>())
            .AddAdditionalTexts(files.ToImmutableArray())
            .WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsFor(SeedCatalogs.All()));
        return (driver, files);
    }

    private static IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> Steps(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().TrackedSteps;

    /// <summary>Every output of every tracked step with its step name and why it was produced.</summary>
    private static IEnumerable<(string Step, object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriver driver)
        => Steps(driver)
            .Where(step => StepNames.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (step.Key, output.Value, output.Reason))));

    private static void AssertEveryStepIsTracked(GeneratorDriver driver)
    {
        IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps = Steps(driver);
        Assert.All(StepNames, name => Assert.True(steps.ContainsKey(name), "The step " + name + " did not run or is not tracked."));
    }

    private static void AssertAllCachedOrUnchanged(GeneratorDriver driver)
    {
        List<string> rerun = Outputs(driver)
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(output => output.Step + " " + output.Reason)
            .ToList();
        Assert.True(rerun.Count == 0, "Steps re-ran:\n" + string.Join("\n", rerun));
    }

    [Fact]
    public void Adding_an_unrelated_syntax_tree_leaves_every_step_cached_or_unchanged()
    {
        (GeneratorDriver driver, _) = SeedDriver();
        CSharpCompilation compilation = UserCompilation();
        driver = driver.RunGenerators(compilation);
        AssertEveryStepIsTracked(driver);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace TestApp { internal static class Added { } }",
            (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
        driver = driver.RunGenerators(edited);

        AssertEveryStepIsTracked(driver);
        AssertAllCachedOrUnchanged(driver);
    }

    [Fact]
    public void Editing_an_unrelated_syntax_tree_leaves_every_step_cached_or_unchanged()
    {
        (GeneratorDriver driver, _) = SeedDriver();
        CSharpCompilation compilation = UserCompilation();
        driver = driver.RunGenerators(compilation);

        SyntaxTree old = compilation.SyntaxTrees.Single();
        SyntaxTree changed = old.WithChangedText(SourceText.From(old.GetText().ToString().Replace("42", "43")));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(old, changed));

        AssertEveryStepIsTracked(driver);
        AssertAllCachedOrUnchanged(driver);
    }

    [Fact]
    public void A_keystroke_does_not_read_the_settings_again_but_a_change_of_references_does()
    {
        (GeneratorDriver driver, _) = SeedDriver();
        CSharpCompilation compilation = UserCompilation();
        driver = driver.RunGenerators(compilation);

        // A keystroke: a new compilation with the same references. The step that looks types up in them does not run
        // (Cached: its inputs are unchanged; Unchanged would mean it ran and found the same).
        SyntaxTree old = compilation.SyntaxTrees.Single();
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(old.GetText() + " ")));
        driver = driver.RunGenerators(edited);
        Assert.All(
            Steps(driver)[TrackingNames.ReferenceSettings].SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

        // System.Text.Json taken out of the references: the settings are read again, and no domain has a converter.
        CSharpCompilation withoutJson = edited.RemoveReferences(edited.References.Where(reference => reference.Display?.EndsWith("System.Text.Json.dll", StringComparison.Ordinal) == true));
        Assert.NotEqual(edited.References.Count(), withoutJson.References.Count());
        driver = driver.RunGenerators(withoutJson);

        (object value, IncrementalStepRunReason reason) = Steps(driver)[TrackingNames.ReferenceSettings].SelectMany(run => run.Outputs).Single();
        Assert.Equal(IncrementalStepRunReason.Modified, reason);
        Assert.False(((ReferenceSettings)value).Settings.HasSystemTextJson);
        Assert.True(((ReferenceSettings)value).Settings.HasRuntime);
        Assert.All(driver.GetRunResult().GeneratedTrees, tree => Assert.DoesNotContain("JsonConverter", tree.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_one_catalog_re_runs_only_that_catalogs_domain()
    {
        (GeneratorDriver driver, AdditionalText[] files) = SeedDriver();
        CSharpCompilation compilation = UserCompilation();
        driver = driver.RunGenerators(compilation);

        AdditionalText stage = files.Single(file => file.Path.EndsWith("/stage.csv", StringComparison.Ordinal));
        // One field per header column (code, name, description, severity, retryable).
        string editedText = stage.GetText()!.ToString() + "999,ADDED_BY_EDIT,A row added by the edit.,,\n";
        driver = driver.ReplaceAdditionalText(stage, new InMemoryAdditionalText(stage.Path, editedText));
        driver = driver.RunGenerators(compilation);

        AssertEveryStepIsTracked(driver);
        var perFile = new List<(string Step, string File, IncrementalStepRunReason Reason)>();
        foreach ((string step, object value, IncrementalStepRunReason reason) in Outputs(driver))
        {
            string? file = value switch
            {
                AdditionalText text => text.Path,
                CatalogResult catalog => catalog.FilePath,
                DomainModel domain => domain.FilePath,
                ErrorCodesGenerator.EmitRequest request => request.Domain.FilePath,
                _ => null,
            };

            if (file is null)
            {
                // Whole-compilation steps (conflicts between domains, emit settings) do not change with a row.
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " " + reason);
                continue;
            }

            perFile.Add((step, file, reason));
        }

        foreach (string step in new[] { TrackingNames.Catalogs, TrackingNames.Domains, TrackingNames.DomainsToEmit })
        {
            Assert.Equal(SeedCatalogs.FileNames.Length, perFile.Count(output => output.Step == step));
            Assert.Equal(IncrementalStepRunReason.Modified, perFile.Single(output => output.Step == step && output.File == stage.Path).Reason);
            Assert.All(
                perFile.Where(output => output.Step == step && output.File != stage.Path),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Step + " " + output.File + " " + output.Reason));
        }

        Assert.Contains("AddedByEdit", driver.GetRunResult().GeneratedTrees.Single(tree => tree.FilePath.EndsWith("Stage.ErrorCodes.g.cs", StringComparison.Ordinal)).ToString());
    }

    /// <summary>The pipeline's two settings steps, run in turn on one compilation as the driver runs them.</summary>
    private static EmitSettings SettingsSteps(Compilation compilation, ErrorCodesGenerator.SettingsInput input)
        => ReferenceSettings.Read(CompilationReferences.Of(compilation), input).WithClashes(compilation);

    [Fact]
    public void Without_a_csv_file_the_settings_are_not_read_from_the_compilation()
    {
        // The settings steps are the ones that read the compilation (type lookups that bind every reference first).
        // The compiler's driver runs them even with no domain to emit (this test's driver does not), so the steps
        // themselves must not read the compilation when there is no catalog.
        CSharpCompilation compilation = UserCompilation();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        Assert.Same(EmitSettings.Unread, SettingsSteps(compilation, ErrorCodesGenerator.SettingsInput.For(DomainClaims.None, parseOptions)));
        EmitSettings read = SettingsSteps(compilation, ErrorCodesGenerator.SettingsInput.For(DomainClaims.From(ImmutableArray.Create(new DomainClaim("TestApp.First", "/p/first.csv"))), parseOptions));
        Assert.True(read.HasRuntime);
        Assert.True(read.NullableAnnotations);

        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<Catalog>())
            .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/p/notes.txt", "code,name\n1,A\n")))
            .RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().GeneratedTrees);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/p/first.csv", "code,name,message\n1,A,a\n")))
            .RunGenerators(UserCompilation());

        EmitSettings settings = (EmitSettings)Assert.Single(Steps(driver)[TrackingNames.EmitSettings].SelectMany(run => run.Outputs)).Value;
        Assert.Equal(read, settings);
        Assert.Single(driver.GetRunResult().GeneratedTrees);
    }

    [Fact]
    public void Every_value_the_pipeline_carries_is_a_class_or_a_pair_of_classes()
    {
        // The compiler's generator driver is compiled ahead of time for reference types only: each value type that
        // a step carries costs a fresh build hundreds of the driver's methods compiled for it first. A pair holding
        // a pair (two Combines in a row) is such a value type too. The unnamed steps (each Combine) are reached
        // through the inputs of the named ones.
        (GeneratorDriver driver, _) = SeedDriver();
        driver = driver.RunGenerators(UserCompilation());
        var valueTypes = new List<string>();
        int outputs = 0;
        int pairs = 0;
        foreach (IncrementalGeneratorRunStep run in AllSteps(driver))
        {
            foreach ((object value, _) in run.Outputs)
            {
                outputs++;
                if (value.GetType().FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
                {
                    pairs++;
                }

                if (!SharesCompiledCode(value.GetType()))
                {
                    valueTypes.Add((run.Name ?? "(unnamed)") + ": " + value.GetType());
                }
            }
        }

        Assert.True(outputs > 10);
        Assert.True(pairs > 0, "the walk reached no Combine step");
        Assert.Empty(valueTypes.Distinct());
    }

    /// <summary>Every step of the last run: the named ones and, through their inputs, the unnamed ones before them.</summary>
    private static IEnumerable<IncrementalGeneratorRunStep> AllSteps(GeneratorDriver driver)
    {
        var seen = new HashSet<IncrementalGeneratorRunStep>();
        var pending = new Stack<IncrementalGeneratorRunStep>(Steps(driver).Values.SelectMany(runs => runs));
        while (pending.Count > 0)
        {
            IncrementalGeneratorRunStep run = pending.Pop();
            if (!seen.Add(run))
            {
                continue;
            }

            yield return run;
            foreach ((IncrementalGeneratorRunStep source, _) in run.Inputs)
            {
                pending.Push(source);
            }
        }
    }

    /// <summary>A class, or a tuple or immutable array of such: the driver's code for these is shared by every reference type.</summary>
    private static bool SharesCompiledCode(Type type)
        => !type.IsValueType
            || (type.IsGenericType
                && (type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal) || type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
                && type.GetGenericArguments().All(argument => !argument.IsValueType));

    [Fact]
    public void No_step_after_file_selection_holds_a_compilation_symbol_syntax_or_text()
    {
        (GeneratorDriver driver, AdditionalText[] seeds) = SeedDriver();
        // A catalog with problems too, so that models carrying diagnostics are inspected as well.
        var troubled = new InMemoryAdditionalText("/p/troubled.csv", "code,name,mesage\n1,A,x\nx,B,y\n1,C,z\n");
        AdditionalText[] files = seeds.Append(troubled).ToArray();
        driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(troubled)).RunGenerators(UserCompilation());
        AssertEveryStepIsTracked(driver);
        Assert.Equal(3 + SeedCatalogs.DiagnosticsOf(SeedCatalogs.All()).Count, driver.GetRunResult().Diagnostics.Length);

        var found = new List<string>();
        int walked = 0;
        foreach ((string step, object value, _) in Outputs(driver))
        {
            if (step == TrackingNames.CatalogFiles)
            {
                // This step only selects the compiler's own input files; it must pass them on as they are.
                Assert.Contains(value, files);
                continue;
            }

            walked++;
            ObjectGraph.FindInstances(value, ForbiddenTypes, step, found);
        }

        Assert.True(walked >= 6 * 3 + 2, "Too few outputs were inspected: " + walked);
        Assert.True(found.Count == 0, "Step outputs hold:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Object_graph_walk_finds_forbidden_objects_inside_tuples_records_and_equatable_arrays()
    {
        var text = SourceText.From("x");
        var nested = (1, new EquatableArray<Holder>(new[] { new Holder("a", null), new Holder("b", text) }));
        var found = new List<string>();

        ObjectGraph.FindInstances(nested, ForbiddenTypes, "root", found);

        Assert.Equal("root.Item2._items[1].<Payload>k__BackingField: " + text.GetType().FullName, Assert.Single(found));
    }

    /// <summary>A record holding an object, for checking the walker.</summary>
    private sealed record Holder(string Name, object? Payload);
}

/// <summary>Walks an object graph through fields, tuples, arrays and collections, looking for instances of given types.</summary>
internal static class ObjectGraph
{
    public static void FindInstances(object? root, IReadOnlyList<Type> forbidden, string path, List<string> found)
        => Walk(root, forbidden, path, found, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Walk(object? value, IReadOnlyList<Type> forbidden, string path, List<string> found, HashSet<object> seen)
    {
        if (value is null)
        {
            return;
        }

        Type type = value.GetType();
        foreach (Type bad in forbidden)
        {
            if (bad.IsInstanceOfType(value))
            {
                found.Add(path + ": " + type.FullName);
                return;
            }
        }

        if (type.IsPrimitive || type.IsEnum || type.IsPointer || value is string or decimal or Delegate or Type or MemberInfo or Assembly)
        {
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is Array array)
        {
            int index = 0;
            foreach (object? element in array)
            {
                Walk(element, forbidden, path + "[" + index++ + "]", found, seen);
            }

            return;
        }

        // Fields, not properties: they are what the object holds, including the array inside an EquatableArray
        // and the items of tuples and records.
        for (Type? current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (FieldInfo field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                Walk(field.GetValue(value), forbidden, path + "." + field.Name, found, seen);
            }
        }
    }
}
