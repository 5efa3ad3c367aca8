using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;

namespace ErrorCodes.Tests;

/// <summary>
/// The project's own code declares a type of a generated name (EC1038, EC1039): a hand-written enum still in place
/// while its codes move into a catalog, or a library's own exception class. One diagnostic at the declaration says
/// what happened and how to fix it, and the catalog leaves out what cannot join, so the compiler reports no
/// duplicate definitions; a partial class without another base class still joins, as the README promises.
/// </summary>
public class HandWrittenTypeTests
{
    private const string CatalogPath = "/p/errors.csv";

    private static readonly Catalog Errors = Catalog.Csv(
        CatalogPath,
        "code,name,message,category",
        "404,NOT_FOUND,Item {0} is not found,Lookup",
        "503,BUSY,Busy,Service");

    private static readonly Catalog Other = Catalog.Csv("/p/other.csv", "code,name", "1,ONE");

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>The compiler's warnings and errors, but for the missing doc comments of the tests' own short declarations.</summary>
    private static Diagnostic[] CompilerProblems(GenerationResult result) => result.CompilerDiagnostics.Where(d => d.Id != "CS1591").ToArray();

    private static bool Declares(GenerationResult result, string typeName)
        => result.Sources.Values.Any(source => Regex.IsMatch(source, @"\b(class|enum) " + typeName + @"(\s|$)"));

    [Fact]
    public void A_hand_written_enum_of_the_generated_name_is_EC1038_at_its_name_and_the_catalog_generates_nothing()
    {
        const string user = "namespace TestApp\n{\n    public enum ErrorsErrorCode { NotFound = 404 }\n}\n";

        GenerationResult result = GeneratorHarness.Generate(new[] { Errors, Other }, user);

        Diagnostic diagnostic = Single(result, "EC1038");
        AssertDiagnostic(diagnostic, "EC1038", DiagnosticSeverity.Error, "User.cs", (2, 16), (2, 31));
        Assert.Equal(
            "The catalog 'errors.csv' generates 'TestApp.ErrorsErrorCode', which your code already declares as an enum, so the catalog generates nothing; delete your declaration if the catalog replaces it (a partial class can add members to a generated class), or set ErrorCodesDomain or ErrorCodesNamespace on the catalog's AdditionalFiles item to generate other names",
            Message(diagnostic));
        Assert.Equal(CatalogPath, Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().Path);

        // Only the other catalog's file: no duplicate definitions, and the good catalog still generates.
        Assert.Equal(new[] { "TestApp.Other.ErrorCodes.g.cs" }, result.Sources.Keys.ToArray());
        Assert.Empty(CompilerProblems(result));
    }

    [Fact]
    public void Every_clash_that_costs_the_domain_is_reported_at_once_and_an_exception_clash_only_when_the_domain_is_emitted()
    {
        const string user = "namespace TestApp\n{\n    public enum ErrorsErrorCode { NotFound = 404 }\n    public static class ErrorsErrorCodes { }\n    public sealed class ErrorsException : System.Exception { }\n}\n";

        GenerationResult result = GeneratorHarness.Generate(new[] { Errors }, user);

        Assert.Equal(
            new[] { "EC1038 TestApp.ErrorsErrorCode", "EC1038 TestApp.ErrorsErrorCodes" },
            result.GeneratorDiagnostics
                .Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[3])
                .OrderBy(text => text, System.StringComparer.Ordinal)
                .ToArray());
        Assert.Empty(result.Sources);
        Assert.Empty(CompilerProblems(result));
    }

    [Theory]
    [InlineData("public static class ErrorsErrorCodes { }", "as a class that is not partial", 24)]
    [InlineData("public static partial class ErrorsErrorCodes : System.Object { }", null, 0)]
    [InlineData("public struct ErrorsErrorCodes { }", "as a struct", 18)]
    [InlineData("public sealed class ErrorsErrorCodeJsonConverter { }", "as a class", 24)]
    public void The_lookup_class_or_converter_declared_so_that_it_cannot_join_is_EC1038(string declaration, string? declared, int column)
    {
        string user = "namespace TestApp\n{\n    " + declaration + "\n}\n";

        GenerationResult result = GeneratorHarness.Generate(new[] { Errors }, user);

        if (declared is null)
        {
            // A partial class that names object as its base joins like one that names none.
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "EC1038" or "EC1039");
            Assert.Empty(CompilerProblems(result));
            return;
        }

        Diagnostic diagnostic = Single(result, "EC1038");
        string typeName = declaration.Split(' ').First(word => word.StartsWith("Errors", System.StringComparison.Ordinal));
        AssertDiagnostic(diagnostic, "EC1038", DiagnosticSeverity.Error, "User.cs", (2, column), (2, column + typeName.Length));
        Assert.Contains("generates 'TestApp." + typeName + "', which your code already declares " + declared + ", so the catalog generates nothing", Message(diagnostic), System.StringComparison.Ordinal);
        Assert.Empty(result.Sources);
        Assert.Empty(CompilerProblems(result));
    }

    [Fact]
    public void A_partial_lookup_class_adds_members_to_the_generated_one()
    {
        const string user = """
            namespace TestApp
            {
                /// <summary>The project's own additions.</summary>
                public static partial class ErrorsErrorCodes
                {
                    /// <summary>A member of the project's that uses a generated one.</summary>
                    /// <returns>The message of 404.</returns>
                    public static string NotFoundText() => FormatNotFound("book");
                }
            }
            """;

        GenerationResult result = GeneratorHarness.Generate(new[] { Errors }, user);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "EC1038" or "EC1039");
        object? text = result.Load().GetType("TestApp.ErrorsErrorCodes")!.GetMethod("NotFoundText")!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, null, null);
        Assert.Equal("Item book is not found", text);
    }

    [Theory]
    [InlineData("public sealed class ErrorsException : System.Exception { }", "as a class that is not partial", 24, "ErrorsException")]
    [InlineData("public partial class ErrorsException : System.Exception { }", "as a partial class with the base class 'System.Exception'", 25, "ErrorsException")]
    [InlineData("public interface ErrorsException { }", "as an interface", 21, "ErrorsException")]
    [InlineData("public class ErrorsLookupException : System.Exception { }", "as a class that is not partial", 17, "ErrorsLookupException")]
    public void An_exception_type_declared_so_that_it_cannot_join_is_EC1039_and_the_catalog_generates_no_exception_types(string declaration, string declared, int column, string typeName)
    {
        string user = "namespace TestApp\n{\n    /// <summary>The project's own type.</summary>\n    " + declaration + "\n}\n";

        GenerationResult result = GeneratorHarness.Generate(new[] { Errors }, user);

        Diagnostic diagnostic = Single(result, "EC1039");
        AssertDiagnostic(diagnostic, "EC1039", DiagnosticSeverity.Warning, "User.cs", (3, column), (3, column + typeName.Length));
        Assert.Equal(
            "The catalog 'errors.csv' generates the exception type 'TestApp." + typeName + "', which your code already declares " + declared + ", so the catalog generates no exception types; set ErrorCodesExceptions=\"false\" on the catalog's AdditionalFiles item if the project has exceptions of its own, declare yours 'partial' without a base class to add members to the generated one, or set ErrorCodesDomain to generate other names",
            Message(diagnostic));

        // Everything but the exceptions: the project compiles, and the lookups and helpers run.
        Assert.False(Declares(result, "ErrorsException"));
        Assert.False(Declares(result, "ErrorsLookupException"));
        Assert.True(Declares(result, "ErrorsErrorCodes"));
        Assert.Empty(CompilerProblems(result));
        Assembly assembly = result.Load();
        object? message = assembly.GetType("TestApp.ErrorsErrorCodes")!.GetMethod("FormatNotFound")!.MakeGenericMethod(typeof(string))
            .Invoke(null, BindingFlags.DoNotWrapExceptions, null, new object[] { "book" }, null);
        Assert.Equal("Item book is not found", message);
    }

    [Fact]
    public void With_exceptions_turned_off_the_projects_own_exception_is_not_a_clash()
    {
        const string user = "namespace TestApp\n{\n    public sealed class ErrorsException : System.Exception { }\n}\n";

        GenerationResult result = GeneratorHarness.Generate(new[] { Errors with { Exceptions = "false" } }, user);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(CompilerProblems(result));
    }

    [Fact]
    public void A_partial_exception_without_a_base_class_joins_the_generated_one()
    {
        const string user = """
            namespace TestApp
            {
                /// <summary>The project's own additions.</summary>
                public partial class ErrorsException
                {
                    /// <summary>Whether a user should see the message.</summary>
                    public bool IsShownToUsers => Code == 404;
                }
            }
            """;

        GenerationResult result = GeneratorHarness.Generate(new[] { Errors }, user);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "EC1038" or "EC1039");
        Assert.Empty(CompilerProblems(result));
        System.Type exception = result.Load().GetType("TestApp.ErrorsException")!;
        Assert.Equal(typeof(ErrorCodes.ErrorCodeException), exception.BaseType);
        Assert.NotNull(exception.GetProperty("IsShownToUsers"));
    }

    [Fact]
    public void A_type_of_the_same_name_in_another_namespace_is_no_clash()
    {
        const string user = "namespace Elsewhere\n{\n    public enum ErrorsErrorCode { A }\n    public sealed class ErrorsException : System.Exception { }\n}\n";

        GenerationResult result = GeneratorHarness.Generate(new[] { Errors }, user);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.True(Declares(result, "ErrorsException"));
        Assert.Empty(CompilerProblems(result));
    }

    [Fact]
    public void Removing_the_hand_written_enum_brings_the_catalog_back_in_the_next_run()
    {
        const string user = "namespace TestApp\n{\n    public enum ErrorsErrorCode { NotFound = 404 }\n}\n";
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Errors });
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation = GeneratorHarness.CreateCompilation(user);
        driver = driver.RunGenerators(compilation);
        Assert.Contains(driver.GetRunResult().Diagnostics, d => d.Id == "EC1038");

        driver = driver.RunGenerators(compilation.RemoveAllSyntaxTrees());

        GeneratorDriverRunResult run = driver.GetRunResult();
        Assert.Empty(run.Diagnostics);
        Assert.Equal("TestApp.Errors.ErrorCodes.g.cs", Assert.Single(run.GeneratedTrees).FilePath.Split('/', '\\').Last());
    }
}
