using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// A catalog of 50,000 rows, the size of the largest vendor tables, generates. Compiling its 20 MB of generated code
/// takes the compiler tens of seconds, too long for every test run, so the test checks the generated syntax instead;
/// time is not asserted here, it belongs in benchmarks.
/// </summary>
public class LargeCatalogTests
{
    public const int RowCount = 50_000;

    /// <summary>
    /// 50,000 rows with gaps between codes (so lookups go through a table, not by offset), negative codes, a message and a category on
    /// every row, a placeholder in every hundredth and a Korean message in every tenth.
    /// </summary>
    public static Catalog LargeCatalog()
    {
        var text = new StringBuilder("code,name,message,message.ko,category\n");
        for (int i = 0; i < RowCount; i++)
        {
            int code = (i * 3) - 1000;
            string message = i % 100 == 90 ? "Resource {0} failed with status " + i : "Error number " + i;
            string korean = i % 100 == 90 ? "리소스 {0} 오류 " + i : i % 10 == 0 ? "오류 " + i : string.Empty;
            text.Append(code.ToString(CultureInfo.InvariantCulture)).Append(",ERROR_NUMBER_").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(message).Append(',').Append(korean).Append(",Group ").Append((i / 1000).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return new Catalog("/p/large.csv", text.ToString());
    }

    [Fact]
    public void A_50000_row_catalog_generates_one_member_per_row_without_a_diagnostic()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { LargeCatalog() });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Null(result.RunResult.Results.Single().Exception);
        SyntaxTree tree = result.RunResult.GeneratedTrees.Single();
        Assert.Empty(tree.GetDiagnostics());
        SyntaxNode root = tree.GetRoot();
        Assert.Equal(RowCount, root.DescendantNodes().OfType<EnumDeclarationSyntax>().Single().Members.Count);
        // One format helper and one culture overload for each row with a placeholder, and no method per row elsewhere.
        Assert.Equal(RowCount / 100 * 2, root.DescendantNodes().OfType<MethodDeclarationSyntax>().Count(m => m.Identifier.Text.StartsWith("FormatErrorNumber", StringComparison.Ordinal)));
        Assert.DoesNotContain(root.DescendantNodes().OfType<MethodDeclarationSyntax>(), m => m.Identifier.Text.Contains("ErrorNumber", StringComparison.Ordinal) && !m.Identifier.Text.StartsWith("FormatErrorNumber", StringComparison.Ordinal));
    }
}
