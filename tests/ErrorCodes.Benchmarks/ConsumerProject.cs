using System.Globalization;
using System.IO;
using System.Text;

namespace ErrorCodes.Benchmarks;

/// <summary>The catalogs compile-time.sh builds a consumer of.</summary>
public enum ConsumerShape
{
    /// <summary><see cref="SyntheticCatalog"/>: placeholders in one row of six.</summary>
    Synthetic,

    /// <summary><see cref="SyntheticCatalog"/> with two placeholders in every row: a format helper on every row.</summary>
    EveryRowFormatted,

    /// <summary><see cref="MySqlShapedCatalog"/>: 936 rows, 529 with C printf conversions (its size is fixed).</summary>
    MySql,
}

/// <summary>
/// Writes the console projects whose builds compile-time.sh times: one that lists a catalog for the generator (from
/// the ErrorCodes package), and the same program with a hand-written bare enum of the same members instead, without
/// the package. Both use the enum the same way, so the difference is what the generator costs.
/// </summary>
public static class ConsumerProject
{
    /// <summary>The shape's name on compile-time.sh's command line: <c>synthetic</c>, <c>formatted</c> or <c>mysql</c>.</summary>
    public static ConsumerShape ParseShape(string name) => name switch
    {
        "synthetic" => ConsumerShape.Synthetic,
        "formatted" => ConsumerShape.EveryRowFormatted,
        "mysql" => ConsumerShape.MySql,
        _ => throw new System.ArgumentException("Unknown catalog shape '" + name + "': synthetic, formatted or mysql.", nameof(name)),
    };

    public static void Write(int rows, bool generated, string directory) => Write(rows, generated, ConsumerShape.Synthetic, null, directory);

    /// <summary>
    /// Writes the project. <paramref name="placeholderStyle"/>, when given, is the catalog's
    /// <c>ErrorCodesPlaceholderStyle</c> metadata (the MySQL-shaped catalog is written in <c>printf</c>); with
    /// <paramref name="stringCodes"/> the catalog is string-coded (<c>ErrorCodesCodeType="string"</c>).
    /// </summary>
    public static void Write(int rows, bool generated, ConsumerShape shape, string? placeholderStyle, string directory, bool stringCodes = false)
    {
        if (shape == ConsumerShape.MySql)
        {
            rows = MySqlShapedCatalog.Rows;
        }

        Directory.CreateDirectory(directory);
        var project = new StringBuilder();
        project.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        project.AppendLine("  <PropertyGroup>");
        project.AppendLine("    <OutputType>Exe</OutputType>");
        project.AppendLine("    <TargetFramework>net10.0</TargetFramework>");
        project.AppendLine("    <Nullable>enable</Nullable>");
        project.AppendLine("    <RootNamespace>Consumer</RootNamespace>");
        project.AppendLine("  </PropertyGroup>");
        if (generated)
        {
            project.AppendLine("  <ItemGroup>");
            project.AppendLine("    <PackageReference Include=\"ErrorCodes\" Version=\"$(ErrorCodesVersion)\" />");
            string metadata = (string.IsNullOrEmpty(placeholderStyle) ? string.Empty : " ErrorCodesPlaceholderStyle=\"" + placeholderStyle + "\"")
                + (stringCodes ? " ErrorCodesCodeType=\"string\"" : string.Empty);
            project.AppendLine("    <AdditionalFiles Include=\"synthetic.csv\"" + metadata + " />");
            project.AppendLine("  </ItemGroup>");
        }

        project.AppendLine("</Project>");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), project.ToString());

        string last = Member(shape, rows - 1);
        string program = generated && stringCodes
            ? "namespace Consumer\n{\n    public static class Program\n    {\n        public static int Main(string[] args)\n"
              + "        {\n            SyntheticErrorCode code = SyntheticErrorCode." + last + ";\n"
              + "            return SyntheticErrorCodes.TryFromCode(args.Length == 0 ? null : args[0], out SyntheticErrorCode found) ? (int)found : (int)code;\n"
              + "        }\n    }\n}\n"
            : generated
            ? "namespace Consumer\n{\n    public static class Program\n    {\n        public static int Main(string[] args)\n"
              + "        {\n            SyntheticErrorCode code = SyntheticErrorCode." + last + ";\n"
              + "            return SyntheticErrorCodes.TryFromCode(args.Length, out SyntheticErrorCode found) ? (int)found : (int)code;\n"
              + "        }\n    }\n}\n"
            : "namespace Consumer\n{\n    public static class Program\n    {\n        public static int Main(string[] args)\n"
              + "        {\n            SyntheticErrorCode code = SyntheticErrorCode." + last + ";\n"
              + "            return System.Enum.IsDefined(typeof(SyntheticErrorCode), args.Length) ? args.Length : (int)code;\n"
              + "        }\n    }\n}\n";
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);

        if (generated)
        {
            string catalog = shape switch
            {
                ConsumerShape.MySql => MySqlShapedCatalog.Create(),
                ConsumerShape.EveryRowFormatted => SyntheticCatalog.Create(rows, dense: false, everyRowFormatted: true, stringCodes),
                _ => SyntheticCatalog.Create(rows, dense: false, stringCodes: stringCodes),
            };
            File.WriteAllText(Path.Combine(directory, "synthetic.csv"), catalog);
            return;
        }

        var enumSource = new StringBuilder(rows * 40);
        enumSource.Append("namespace Consumer\n{\n    public enum SyntheticErrorCode\n    {\n");
        for (int row = 0; row < rows; row++)
        {
            int code = shape == ConsumerShape.MySql ? MySqlShapedCatalog.Code(row) : SyntheticCatalog.Code(row, dense: false);
            enumSource.Append("        ").Append(Member(shape, row)).Append(" = ")
                .Append(code.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        }

        enumSource.Append("    }\n}\n");
        File.WriteAllText(Path.Combine(directory, "SyntheticErrorCode.cs"), enumSource.ToString());
    }

    /// <summary>The enum member the generator makes of a row's name (<c>ER_SYNTHETIC_7</c> becomes <c>ErSynthetic7</c>).</summary>
    private static string Member(ConsumerShape shape, int row) => shape == ConsumerShape.MySql
        ? "ErSynthetic" + row.ToString(CultureInfo.InvariantCulture)
        : SyntheticCatalog.Member(row);
}
