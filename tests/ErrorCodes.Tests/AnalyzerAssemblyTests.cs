using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ErrorCodes.CodeFixes;
using ErrorCodes.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// What the shipped assemblies ask of the compiler or IDE that loads them: Roslyn 4.8 at most (so Visual Studio 17.8
/// and the .NET 8 SDK can load both), and no System.Composition, whose version differs from one IDE to the next.
/// </summary>
public class AnalyzerAssemblyTests
{
    private static readonly Version OldestRoslyn = new(4, 8, 0, 0);

    [Fact]
    public void The_analyzer_references_Roslyn_4_8_at_most()
        => AssertRoslynAtMost(typeof(ErrorCodeAnalyzer).Assembly, OldestRoslyn);

    [Fact]
    public void The_code_fix_references_Roslyn_4_8_at_most_and_no_System_Composition()
    {
        Assembly fixes = typeof(CodeAsNumberCodeFix).Assembly;
        AssertRoslynAtMost(fixes, OldestRoslyn);
        Assert.Contains(fixes.GetReferencedAssemblies(), name => name.Name == "Microsoft.CodeAnalysis.Workspaces");
        Assert.DoesNotContain(fixes.GetReferencedAssemblies(), name => name.Name!.StartsWith("System.Composition", StringComparison.Ordinal));
    }

    [Fact]
    public void The_code_fix_is_found_the_way_an_IDE_finds_fixes_in_an_analyzer_package()
    {
        // An IDE creates the fixes of an analyzer assembly from their ExportCodeFixProvider attribute and a
        // parameterless constructor, without MEF.
        List<CodeFixProvider> found = typeof(CodeAsNumberCodeFix).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
            .Where(type => type.GetCustomAttribute<ExportCodeFixProviderAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToList();

        CodeFixProvider fix = Assert.Single(found);
        Assert.Equal(new[] { "EC2002" }, fix.FixableDiagnosticIds);
        Assert.Contains(new ErrorCodeAnalyzer().SupportedDiagnostics, d => d.Id == "EC2002");
        Assert.NotNull(fix.GetFixAllProvider());
    }

    [Fact]
    public void The_generators_polyfills_stay_internal()
    {
        // netstandard2.0 lacks types the compiler needs for records and init accessors; they are generated into the
        // assembly. Public, they would clash with the runtime's own types in anything that sees the assembly.
        Assembly generator = typeof(ErrorCodeAnalyzer).Assembly;
        Type polyfill = generator.GetType("System.Runtime.CompilerServices.IsExternalInit", throwOnError: true)!;
        Assert.False(polyfill.IsPublic);
        Assert.All(generator.GetExportedTypes(), type => Assert.StartsWith("ErrorCodes.", type.FullName, StringComparison.Ordinal));
    }

    private static void AssertRoslynAtMost(Assembly assembly, Version newest)
    {
        List<AssemblyName> roslyn = assembly.GetReferencedAssemblies()
            .Where(name => name.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, name => Assert.True(name.Version <= newest, name.Name + " " + name.Version + " is newer than " + newest));
    }
}
