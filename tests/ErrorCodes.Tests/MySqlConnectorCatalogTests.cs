using System;
using System.IO;
using System.Linq;
using System.Reflection;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;

namespace ErrorCodes.Tests;

/// <summary>
/// A real library's hand-written error enum moved into a catalog (TestData/mysqlconnector-error-codes.csv, from
/// MySqlConnector's <c>MySqlErrorCode</c>): the generated enum must keep every name, value and <c>[Obsolete]</c>
/// message, beside the library's own <c>MySqlException : DbException</c>, in the library's namespace.
/// </summary>
public class MySqlConnectorCatalogTests
{
    private const string CatalogPath = "/src/MySqlConnector/MySqlErrorCode.csv";

    private static Catalog MySqlCatalog(string? exceptions = "false") => new Catalog(
        CatalogPath,
        File.ReadAllText(Placeholders.CatalogCells.TestDataPath("mysqlconnector-error-codes.csv")),
        Domain: "MySql",
        Namespace: "MySqlConnector",
        Exceptions: exceptions);

    /// <summary>The library's own exception, as it declares it, and a use of the enum the way the library uses it.</summary>
    private const string LibraryCode = """
        namespace MySqlConnector
        {
            /// <summary>The library's own exception.</summary>
            public sealed class MySqlException : System.Data.Common.DbException
            {
                /// <summary>Creates the exception.</summary>
                /// <param name="errorCode">The server's code.</param>
                /// <param name="message">The server's message.</param>
                public MySqlException(MySqlErrorCode errorCode, string message)
                    : base(message)
                {
                    ErrorCode = errorCode;
                }

                /// <summary>The server's code.</summary>
                public new MySqlErrorCode ErrorCode { get; }

                /// <summary>Whether a retry may succeed, as the library decides it.</summary>
                public override bool IsTransient => ErrorCode is MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout;
            }
        }
        """;

    [Fact]
    public void The_generated_enum_keeps_every_name_value_and_obsolete_message_beside_the_librarys_own_exception()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { MySqlCatalog() }, LibraryCode);

        Assert.Empty(result.GeneratorDiagnostics);
        Assembly assembly = result.Load();
        Type enumType = assembly.GetType("MySqlConnector.MySqlErrorCode")!;
        FieldInfo[] members = enumType.GetFields(BindingFlags.Public | BindingFlags.Static);
        Assert.Equal(693, members.Length);
        Assert.Equal(688, members.Select(m => (int)m.GetRawConstantValue()!).Distinct().Count());
        Assert.Equal(-4, (int)enumType.GetField("ProvidePasswordCallbackFailed")!.GetRawConstantValue()!);
        Assert.Equal(1045, (int)enumType.GetField("AccessDenied")!.GetRawConstantValue()!);
        Assert.Equal(4031, (int)enumType.GetField("ClientInteractionTimeout")!.GetRawConstantValue()!);

        // The five misspelt names the library keeps for compatibility, each an obsolete alias of the right one.
        var obsolete = members
            .Select(m => (m.Name, Value: (int)m.GetRawConstantValue()!, m.GetCustomAttribute<ObsoleteAttribute>()?.Message))
            .Where(m => m.Message != null)
            .OrderBy(m => m.Value)
            .ToArray();
        Assert.Equal(
            new[]
            {
                ("WaningDataTruncated", 1265, "Use WarningDataTruncated."),
                ("WaningUsingOtherHandler", 1266, "Use WarningUsingOtherHandler."),
                ("WaningFieldResolved", 1276, "Use WarningFieldResolved."),
                ("WaningDeprecatedSyntax", 1287, "Use WarningDeprecatedSyntax."),
                ("CannoCreateSubRoutine", 1607, "Use CannotCreateSubRoutine"),
            },
            obsolete.Select(m => (m.Name, m.Value, m.Message!)).ToArray());

        // The library's own exception is the only one: the catalog generated none.
        Assert.Equal(typeof(System.Data.Common.DbException), assembly.GetType("MySqlConnector.MySqlException")!.BaseType);
        Type lookups = assembly.GetType("MySqlConnector.MySqlErrorCodes")!;
        Assert.Equal("WarningDataTruncated", Call(lookups, "GetMemberName", Enum.ToObject(enumType, 1265)));
        Assert.Equal("WARN_DATA_TRUNCATED", Call(lookups, "GetName", Enum.ToObject(enumType, 1265)));
        Assert.Equal(
            "The delegate provided to MySqlConnection.ProvidePasswordCallback failed.",
            Call(lookups, "GetDescription", Enum.ToObject(enumType, -4)));
        object?[] byName = { "ER_ACCESS_DENIED_ERROR", null };
        Assert.True((bool)lookups.GetMethod("TryFromName")!.Invoke(null, byName)!);
        Assert.Equal(1045, (int)byName[1]!);
    }

    [Fact]
    public void Without_ErrorCodesExceptions_the_librarys_exception_is_EC1039_at_its_declaration()
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { MySqlCatalog(exceptions: null) }, LibraryCode);

        Diagnostic diagnostic = Single(result, "EC1039");
        AssertDiagnostic(diagnostic, "EC1039", DiagnosticSeverity.Warning, "User.cs", (3, 24), (3, 38), "MySqlConnector.MySqlException", "ErrorCodesExceptions");
        Assert.Empty(result.CompilerDiagnostics);
    }

    [Fact]
    public void The_hand_written_enum_left_in_place_is_EC1038_and_nothing_else()
    {
        const string oldEnum = "\nnamespace MySqlConnector\n{\n    /// <summary>The hand-written codes.</summary>\n    public enum MySqlErrorCode\n    {\n        /// <summary>ER_ACCESS_DENIED_ERROR</summary>\n        AccessDenied = 1045,\n        /// <summary>ER_LOCK_WAIT_TIMEOUT</summary>\n        LockWaitTimeout = 1205,\n        /// <summary>ER_LOCK_DEADLOCK</summary>\n        LockDeadlock = 1213,\n    }\n}\n";

        GenerationResult result = GeneratorHarness.Generate(new[] { MySqlCatalog() }, LibraryCode + oldEnum);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        int line = (LibraryCode + oldEnum).Split('\n').ToList().FindIndex(text => text.Contains("public enum MySqlErrorCode", StringComparison.Ordinal));
        AssertDiagnostic(diagnostic, "EC1038", DiagnosticSeverity.Error, "User.cs", (line, 16), (line, 30), "MySqlConnector.MySqlErrorCode", "as an enum");
        Assert.Empty(result.Sources);
        Assert.Empty(result.CompilerDiagnostics);
    }

    private static object? Call(Type type, string method, object argument)
        => type.GetMethods().Single(m => m.Name == method && m.GetParameters().Length == 1).Invoke(null, BindingFlags.DoNotWrapExceptions, null, new[] { argument }, null);
}
