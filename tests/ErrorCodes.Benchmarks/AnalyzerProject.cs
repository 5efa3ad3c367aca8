using System.Globalization;
using System.IO;
using System.Text;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// A synthetic project for measuring the EC2001-EC2003 analyzer: many files full of integer literals in every
/// position the analyzer inspects (casts, arguments, comparisons, switch labels, patterns, assignments, returns),
/// almost all of them ordinary numbers, with a few uses of the Live Station catalog's codes in each file.
/// </summary>
public static class AnalyzerProject
{
    public const int DefaultFiles = 1_000;

    /// <summary>The source of file <paramref name="index"/>; the project's catalog is Live Station in namespace Consumer.</summary>
    public static string Source(int index)
    {
        string n = index.ToString(CultureInfo.InvariantCulture);
        var source = new StringBuilder(4096);
        source.Append("namespace Consumer\n{\n");
        source.Append("    internal static class Numbers").Append(n).Append("\n    {\n");
        source.Append("        private const int Limit = ").Append(1000 + index).Append(";\n");
        source.Append("        private static readonly int[] Table = { 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233 };\n");
        source.Append("        public static int Level { get; set; } = 3;\n\n");
        source.Append("        public static int Compute(int x, int y)\n        {\n");
        source.Append("            int total = 0;\n");
        source.Append("            for (int i = 0; i < 100; i++)\n            {\n");
        source.Append("                total += (i * 31) + Table[i % 12] - 7;\n");
        source.Append("                if (total > 100000) { total -= 99999; }\n");
        source.Append("                if (i == 42 || x > 250 || y < -17) { total ^= 0x5F; }\n");
        source.Append("            }\n\n");
        source.Append("            switch (x)\n            {\n");
        source.Append("                case 1: total += 10; break;\n");
        source.Append("                case 2: total += 20; break;\n");
        source.Append("                case 404: total += 404; break;\n");
        source.Append("                case 500: total += 500; break;\n");
        source.Append("            }\n\n");
        source.Append("            int mode = y switch { 0 => 1, 1 => 2, 2 => 4, _ => 8 };\n");
        source.Append("            if (x is 7 or 11 or 13) { mode += 3; }\n");
        source.Append("            Level = 5;\n");
        source.Append("            total += Helper(42, 250004) + Helper(mode, Limit) + Math(3, 4, 5);\n");
        source.Append("            long big = 1L << 40;\n");
        source.Append("            double ratio = total / 3.5 + 0.25;\n");
        source.Append("            total += (int)(big % 1000) + (int)ratio + (byte)200 + (short)-3;\n\n");
        // The catalog: a defined code written as a number (EC2002, information), a lookup of a variable, a
        // comparison with a member, and a constant that is not a code at all.
        source.Append("            var known = (LiveStationErrorCode)250100;\n");
        source.Append("            if (LiveStationErrorCodes.IsDefined(x)) { total += 1; }\n");
        source.Append("            if (known == LiveStationErrorCode.ChannelNotFound) { total += 2; }\n");
        source.Append("            if (LiveStationErrorCodes.TryFromCode(y + 250000, out LiveStationErrorCode found)) { total += (int)found; }\n");
        source.Append("            return total + (int)known;\n");
        source.Append("        }\n\n");
        source.Append("        private static int Helper(int a, int b) => (a * 2) + b - 1;\n\n");
        source.Append("        private static int Math(int a, int b, int c) => (a * 100) + (b * 10) + c;\n");
        source.Append("    }\n}\n");
        return source.ToString();
    }

    /// <summary>Writes the project (package reference, catalog, files) for analyzer-time.sh.</summary>
    public static void Write(int files, string catalogPath, string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <PropertyGroup>\n"
            + "    <OutputType>Library</OutputType>\n"
            + "    <TargetFramework>net10.0</TargetFramework>\n"
            + "    <Nullable>enable</Nullable>\n"
            + "    <RootNamespace>Consumer</RootNamespace>\n"
            + "  </PropertyGroup>\n"
            + "  <ItemGroup>\n"
            + "    <PackageReference Include=\"ErrorCodes\" Version=\"$(ErrorCodesVersion)\" />\n"
            + "    <AdditionalFiles Include=\"live-station.csv\" />\n"
            + "  </ItemGroup>\n"
            + "</Project>\n");
        File.Copy(catalogPath, Path.Combine(directory, "live-station.csv"), overwrite: true);
        for (int i = 0; i < files; i++)
        {
            File.WriteAllText(Path.Combine(directory, "Numbers" + i.ToString(CultureInfo.InvariantCulture) + ".cs"), Source(i));
        }
    }
}
