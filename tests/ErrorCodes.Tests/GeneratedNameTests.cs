using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;

namespace ErrorCodes.Tests;

/// <summary>
/// Names from a catalog that the compiler would refuse in the generated code although each is a valid identifier: a
/// format helper named like the type that declares it (CS0542), documentation links that bind
/// to a helper instead of a type (CS0419), two spellings the compiler reads as one name (CS0102), and names longer
/// than .NET metadata holds (CS7013, which only appears when the assembly is written). Each is a diagnostic on its
/// cell, and the generated code compiles and emits.
/// </summary>
public class GeneratedNameTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>Compiles with every warning as a failure and writes the assembly, which is where CS7013 appears.</summary>
    private static void AssertCompilesAndEmits(GenerationResult result)
    {
        Assert.True(result.CompilerDiagnostics.Count == 0, string.Join("\n", result.CompilerDiagnostics));
        using var stream = new MemoryStream();
        var emit = result.Compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == Error).Take(3)));
    }

    private static IReadOnlyList<string> MethodNames(GenerationResult result, string typeName)
        => result.Compilation.GetTypeByMetadataName(typeName)!.GetMembers().OfType<IMethodSymbol>().Select(m => m.Name).Distinct().ToList();

    [Fact]
    public void A_format_helper_named_like_its_class_is_EC1031_and_the_row_keeps_everything_but_its_helper()
    {
        // In the domain Format the lookup class is FormatErrorCodes, which the helper of the member ErrorCodes would be.
        const string path = "/p/format.csv";
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(path, "code,name,message", "1,ErrorCodes,Failed {0}", "2,Other,Other {0}") });

        AssertDiagnostic(
            Single(result, "EC1031"),
            "EC1031",
            Warning,
            path,
            (1, 2),
            (1, 12),
            "The member name 'ErrorCodes' gives the method 'FormatErrorCodes', which is the name of the generated type that would declare it",
            "this row gets no format helper;",
            "set a 'member' column value");
        Assert.Single(result.GeneratorDiagnostics);
        AssertCompilesAndEmits(result);
        Assert.Equal(new Dictionary<string, int> { ["ErrorCodes"] = 1, ["Other"] = 2 }, result.EnumMembers("TestApp.FormatErrorCode"));
        Assert.Contains("FormatOther", MethodNames(result, "TestApp.FormatErrorCodes"));
        Assert.DoesNotContain("FormatErrorCodes", MethodNames(result, "TestApp.FormatErrorCodes"));
    }

    [Fact]
    public void The_member_Exception_in_the_domain_Create_keeps_its_format_helper_without_a_diagnostic()
    {
        // The exception has no method per row, so no member name can make one named like the exception.
        const string path = "/p/create.csv";
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(path, "code,name,member,message", "1,Some exception,Exception,Failed {0}") });

        Assert.Empty(result.GeneratorDiagnostics);
        AssertCompilesAndEmits(result);
        Assert.Contains("FormatException", MethodNames(result, "TestApp.CreateErrorCodes"));
    }

    [Fact]
    public void A_helper_name_that_would_only_be_taken_has_no_diagnostic_without_placeholders()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv("/p/format.csv", "code,name,message", "1,ErrorCodes,Failed") });

        Assert.Empty(result.GeneratorDiagnostics);
        AssertCompilesAndEmits(result);
    }

    [Theory]
    [InlineData("/p/format.csv", "ErrorCode")]
    [InlineData("/p/create.csv", "ErrorCode")]
    [InlineData("/p/format.csv", "ErrorCodeJsonConverter")]
    [InlineData("/p/create.csv", "ErrorCodeJsonConverter")]
    public void A_helper_named_like_another_generated_type_leaves_the_documentation_links_unambiguous(string path, string member)
    {
        // FormatErrorCode in the domain Format (and CreateErrorCode in the domain Create) is the enum's name too; a
        // bare cref in the class documentation bound to the helper and, with its culture overload, was CS0419.
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv(path, "code,name,message,message.ko", "1," + member + ",Failed {0},실패 {0}"),
        });

        Assert.Empty(result.GeneratorDiagnostics);
        AssertCompilesAndEmits(result);
    }

    [Theory]
    [InlineData("A\u00ADB")]
    [InlineData("A\u200BB")]
    [InlineData("\u200DAB")]
    public void A_member_override_with_invisible_formatting_characters_is_named_as_the_compiler_reads_it_and_collides_visibly(string spelled)
    {
        const string path = "/p/errors.csv";
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(path, "code,name,member", "1,x,AB", "2,y," + spelled) });

        AssertDiagnostic(Single(result, "EC1006"), "EC1006", Warning, path, (2, 4), (2, 4 + spelled.Length), "gives the member name 'AB'", "named 'AB_2' instead");
        AssertCompilesAndEmits(result);
        Assert.Equal(new Dictionary<string, int> { ["AB"] = 1, ["AB_2"] = 2 }, result.EnumMembers("TestApp.ErrorsErrorCode"));
    }

    [Fact]
    public void A_member_override_of_formatting_characters_only_is_EC1013()
    {
        const string path = "/p/errors.csv";
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(path, "code,name,member", "1,x,\u200B\u00AD", "2,y,") });

        AssertDiagnostic(Single(result, "EC1013"), "EC1013", Error, path, (1, 4), (1, 6), "is not a valid C# identifier");
        Assert.Equal(new Dictionary<string, int> { ["Y"] = 2 }, result.EnumMembers("TestApp.ErrorsErrorCode"));
    }

    [Theory]
    [InlineData(1017, 1017, false)]
    [InlineData(1018, 1018, true)]
    [InlineData(339, 1017, false)]
    [InlineData(340, 1020, true)]
    public void A_member_name_beyond_the_metadata_limit_is_EC1032_on_its_cell_and_costs_only_its_row(int length, int bytes, bool reported)
    {
        // 339 Hangul syllables are 1,017 bytes in UTF-8: the limit counts bytes, not characters.
        const string path = "/p/errors.csv";
        string name = bytes == length ? "X" + new string('x', length - 1) : new string('가', length);
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(path, "code,name,message", "1," + name + ",Failed {0}", "2,Kept,Kept") });

        if (reported)
        {
            AssertDiagnostic(
                Single(result, "EC1032"),
                "EC1032",
                Error,
                path,
                (1, 2),
                (1, 2 + length),
                "'" + name.Substring(0, 40) + "...'",
                "is " + bytes.ToString(CultureInfo.InvariantCulture) + " bytes long in UTF-8",
                "at most 1017 bytes");
            Assert.Single(result.GeneratorDiagnostics);
            Assert.Equal(new Dictionary<string, int> { ["Kept"] = 2 }, result.EnumMembers("TestApp.ErrorsErrorCode"));
        }
        else
        {
            Assert.Empty(result.GeneratorDiagnostics);
            Assert.Equal(2, result.EnumMembers("TestApp.ErrorsErrorCode").Count);
        }

        AssertCompilesAndEmits(result);
    }

    [Fact]
    public void A_member_override_beyond_the_metadata_limit_is_EC1032_on_the_member_cell()
    {
        const string path = "/p/errors.csv";
        string member = new string('m', 2000);
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(path, "code,name,member", "1,A," + member, "2,B,") });

        AssertDiagnostic(Single(result, "EC1032"), "EC1032", Error, path, (1, 4), (1, 2004), "is 2000 bytes long");
        AssertCompilesAndEmits(result);
    }

    [Theory]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    public void A_category_whose_exception_type_name_is_beyond_the_metadata_limit_is_EC1045_and_its_codes_use_the_domain_exception(int length, bool reported)
    {
        // TestApp. (8) + Errors (6) + the category's word + Exception (9) must fit in 1,023 bytes.
        const string path = "/p/errors.csv";
        string category = new string('c', length);
        GenerationResult result = GeneratorHarness.Generate(new[] { Catalog.Csv(path, "code,name,category", "1,A," + category) });

        if (reported)
        {
            Diagnostic diagnostic = Single(result, "EC1045");
            AssertDiagnostic(diagnostic, "EC1045", Warning, path, (1, 4), (1, 4 + length), "gives the exception type name 'ErrorsCccc", "longer than the 1023 bytes", "write a short category, not a description");
            Assert.Single(result.GeneratorDiagnostics);
            Assert.Empty(result.Compilation.GetSymbolsWithName(name => name.StartsWith("ErrorsC", StringComparison.Ordinal), SymbolFilter.Type));
        }
        else
        {
            Assert.Empty(result.GeneratorDiagnostics);
        }

        AssertCompilesAndEmits(result);
    }

    [Fact]
    public void A_domain_whose_type_names_are_beyond_the_metadata_limit_is_EC1014_and_costs_only_its_file()
    {
        string domain = new string('D', 1000);
        GenerationResult result = GeneratorHarness.Generate(new[]
        {
            Catalog.Csv("/p/long.csv", "code,name", "1,A") with { Domain = domain },
            Catalog.Csv("/p/errors.csv", "code,name", "1,A"),
        });

        AssertDiagnostic(Single(result, "EC1014"), "EC1014", Error, "/p/long.csv", (0, 0), (0, 0), "'DDDD", "must fit in the 1023 bytes of a .NET metadata name");
        Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(new[] { "TestApp.Errors.ErrorCodes.g.cs" }, result.Sources.Keys);
        AssertCompilesAndEmits(result);
    }
}
