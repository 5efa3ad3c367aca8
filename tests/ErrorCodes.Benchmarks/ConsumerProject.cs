using System.Globalization;
using System.IO;
using System.Text;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// Writes the console projects whose builds compile-time.sh times: one that lists a synthetic catalog for the
/// generator (from the ErrorCodes package), and the same program with a hand-written bare enum of the same members
/// instead, without the package. Both use the enum the same way, so the difference is what the generator costs.
/// </summary>
public static class ConsumerProject
{
    public static void Write(int rows, bool generated, string directory, bool stringCodes = false)
    {
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
            project.AppendLine(stringCodes ? "    <AdditionalFiles Include=\"synthetic.csv\" ErrorCodesCodeType=\"string\" />" : "    <AdditionalFiles Include=\"synthetic.csv\" />");
            project.AppendLine("  </ItemGroup>");
        }

        project.AppendLine("</Project>");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), project.ToString());

        string last = SyntheticCatalog.Member(rows - 1);
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
            File.WriteAllText(Path.Combine(directory, "synthetic.csv"), SyntheticCatalog.Create(rows, dense: false, stringCodes));
            return;
        }

        var enumSource = new StringBuilder(rows * 40);
        enumSource.Append("namespace Consumer\n{\n    public enum SyntheticErrorCode\n    {\n");
        for (int row = 0; row < rows; row++)
        {
            enumSource.Append("        ").Append(SyntheticCatalog.Member(row)).Append(" = ")
                .Append(SyntheticCatalog.Code(row, dense: false).ToString(CultureInfo.InvariantCulture)).Append(",\n");
        }

        enumSource.Append("    }\n}\n");
        File.WriteAllText(Path.Combine(directory, "SyntheticErrorCode.cs"), enumSource.ToString());
    }
}
