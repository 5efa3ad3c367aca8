using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// Turns a run's reports into the targets table of docs/benchmarks.md: each target with the figures it compares,
/// their ratio, and whether it is met. Times are medians; "x faster" is the baseline's median over ours.
/// </summary>
public static class Targets
{
    public static string Evaluate(IReadOnlyList<Summary> summaries)
    {
        var reports = summaries.SelectMany(summary => summary.Reports).Where(report => report.Success).ToList();
        var rows = new List<string>();

        foreach (string catalog in new[] { "LiveStation", "Dense" })
        {
            string type = catalog + "Benchmarks";
            Figure? isDefined = Find(reports, type, "IsDefined_Generated");
            Figure? tryFrom = Find(reports, type, "TryFromCode_Generated");
            // The slower of the two generated lookups is the one judged.
            Figure? lookup = isDefined is null || tryFrom is null ? isDefined ?? tryFrom : (isDefined.Median >= tryFrom.Median ? isDefined : tryFrom);
            Faster(rows, catalog, "IsDefined/TryFromCode vs Enum.IsDefined(Type, object)", lookup, Find(reports, type, "IsDefined_EnumTypeObject"), 20);
            Faster(rows, catalog, "IsDefined/TryFromCode vs Enum.IsDefined<T>", lookup, Find(reports, type, "IsDefined_EnumGeneric"), 3);
            Faster(rows, catalog, "IsDefined/TryFromCode vs FrozenDictionary.TryGetValue", lookup, Find(reports, type, "TryGetValue_FrozenDictionary"), 1);
            NoBytes(rows, catalog, "IsDefined/TryFromCode bytes", lookup);

            Figure? memberName = Find(reports, type, "GetMemberName_Generated");
            Figure? name = Find(reports, type, "GetName_Generated");
            Faster(rows, catalog, "GetMemberName vs Enum.ToString()", memberName, Find(reports, type, "ToString_Enum"), 5);
            Faster(rows, catalog, "GetName vs Enum.ToString()", name, Find(reports, type, "ToString_Enum"), 5);
            Faster(rows, catalog, "GetMemberName vs Enum.GetName<T>", memberName, Find(reports, type, "GetName_EnumGeneric"), 2);
            Faster(rows, catalog, "GetName vs Enum.GetName<T>", name, Find(reports, type, "GetName_EnumGeneric"), 2);
            NoBytes(rows, catalog, "GetMemberName bytes", memberName);
            NoBytes(rows, catalog, "GetName bytes", name);
            NoBytes(rows, catalog, "GetMessage bytes", Find(reports, type, "GetMessage_Generated"));

            foreach (string arguments in new[] { "StringInt", "String", "Int" })
            {
                Figure? generated = Find(reports, type, "Format_Generated_" + arguments);
                Figure? baseline = Find(reports, type, "Format_StringFormat_" + arguments);
                string label = "Format helper (" + Describe(arguments) + ") vs string.Format";
                Faster(rows, catalog, label, generated, baseline, 1.25);
                FewerBytes(rows, catalog, label + " bytes", generated, baseline, 0.6);
            }

            Figure? factory = Find(reports, type, "Exception_CreateFilled");
            Figure? format = Find(reports, type, "Format_Generated_StringInt");
            Figure? plain = Find(reports, type, "Exception_InvalidOperation");
            if (factory is not null && format is not null && plain is not null)
            {
                double overhead = factory.Median - format.Median;
                rows.Add(Row(
                    catalog,
                    "Create(code, Format<Member>(...)) exception vs format helper + new InvalidOperationException",
                    Ns(factory.Median) + " vs " + Ns(format.Median) + " + " + Ns(plain.Median),
                    "factory - format = " + Ns(overhead) + "; " + Bytes(factory.Bytes) + " vs " + Bytes(format.Bytes) + " + " + Bytes(plain.Bytes),
                    overhead <= plain.Median * 1.5 ? "met" : "MISSED"));
            }
        }

        foreach (string probes in new[] { "Hits", "Misses", "Mixed" })
        {
            Figure? stringLookup = Find(reports, "SqlstateLookupBenchmarks", "TryFromCode_Generated_" + probes);
            Faster(rows, "Sqlstate", "TryFromCode(string) vs FrozenDictionary<string, T>.TryGetValue, " + probes.ToLowerInvariant(), stringLookup, Find(reports, "SqlstateLookupBenchmarks", "TryGetValue_FrozenDictionary_" + probes), 1);
            NoBytes(rows, "Sqlstate", "TryFromCode(string) bytes, " + probes.ToLowerInvariant(), stringLookup);
        }

        Figure? sqliteIsDefined = Find(reports, "SqliteBenchmarks", "IsDefined_Generated");
        Figure? sqliteTryFrom = Find(reports, "SqliteBenchmarks", "TryFromCode_Generated");
        Figure? sqliteLookup = sqliteIsDefined is null || sqliteTryFrom is null ? sqliteIsDefined ?? sqliteTryFrom : (sqliteIsDefined.Median >= sqliteTryFrom.Median ? sqliteIsDefined : sqliteTryFrom);
        Faster(rows, "Sqlite", "IsDefined/TryFromCode vs FrozenDictionary.TryGetValue", sqliteLookup, Find(reports, "SqliteBenchmarks", "TryGetValue_FrozenDictionary"), 1.2);
        Faster(rows, "Sqlite", "IsDefined/TryFromCode vs a switch (NetEscapades.EnumGenerators)", sqliteLookup, Find(reports, "SqliteBenchmarks", "IsDefined_Switch"), 1.4);
        NoBytes(rows, "Sqlite", "IsDefined/TryFromCode bytes", sqliteLookup);

        Figure? full1k = Find(reports, "GeneratorBenchmarks", "FullRun", 1_000);
        Figure? full10k = Find(reports, "GeneratorBenchmarks", "FullRun", 10_000);
        Figure? full50k = Find(reports, "GeneratorBenchmarks", "FullRun", 50_000);
        if (full10k is not null)
        {
            rows.Add(Row("Generator", "Full run, 10,000 rows (<= 50 ms)", Ms(full10k.Median), Bytes(full10k.Bytes), full10k.Median <= 50e6 ? "met" : "MISSED"));
        }

        foreach (int size in new[] { 1_000, 10_000, 50_000 })
        {
            Figure? rerun = Find(reports, "GeneratorBenchmarks", "RerunAfterUnrelatedEdit", size);
            if (rerun is not null)
            {
                rows.Add(Row("Generator", "Re-run after an unrelated edit, " + size.ToString("N0", CultureInfo.InvariantCulture) + " rows (< 1 ms)", Us(rerun.Median), Bytes(rerun.Bytes), rerun.Median < 1e6 ? "met" : "MISSED"));
            }
        }

        Figure? keystroke = Find(reports, "KeystrokeBenchmarks", "RerunAfterKeystroke");
        Figure? keystrokeFloor = Find(reports, "KeystrokeBenchmarks", "RerunAfterKeystrokeWithoutCatalog");
        if (keystroke is not null && keystrokeFloor is not null)
        {
            // Each run is one invocation, so the timer's own cost is in both figures; the target is on what the catalog adds.
            double added = keystroke.Median - keystrokeFloor.Median;
            rows.Add(Row("Generator", "Re-run after a keystroke (a compilation never seen, 4,000 types): added by the catalog (< 1 ms)", Us(added), Us(keystroke.Median) + " against " + Us(keystrokeFloor.Median) + " without a catalog", added < 1e6 ? "met" : "MISSED"));
        }

        if (full1k is not null && full10k is not null && full50k is not null)
        {
            double perRow1k = full1k.Median / 1_000;
            double perRow10k = full10k.Median / 10_000;
            double perRow50k = full50k.Median / 50_000;
            double spread = Math.Max(perRow1k, Math.Max(perRow10k, perRow50k)) / Math.Min(perRow1k, Math.Min(perRow10k, perRow50k));
            rows.Add(Row(
                "Generator",
                "Full run linear in rows (time per row at 1k / 10k / 50k)",
                Us(perRow1k) + " / " + Us(perRow10k) + " / " + Us(perRow50k),
                "largest / smallest per-row cost = " + spread.ToString("0.00", CultureInfo.InvariantCulture),
                spread <= 2 ? "met" : "MISSED"));
        }

        var table = new StringBuilder();
        table.AppendLine("| Catalog | Target | Measured | Ratio / bytes | Verdict |");
        table.AppendLine("|---|---|---|---|---|");
        foreach (string row in rows)
        {
            table.AppendLine(row);
        }

        return table.ToString();
    }

    private static string Describe(string arguments) => arguments switch
    {
        "StringInt" => "string + int",
        "String" => "string",
        _ => "int",
    };

    private static void Faster(List<string> rows, string catalog, string label, Figure? ours, Figure? baseline, double atLeast)
    {
        if (ours is null || baseline is null)
        {
            return;
        }

        double ratio = baseline.Median / ours.Median;
        string target = atLeast == 1 ? "faster" : ">= " + atLeast.ToString("0.##", CultureInfo.InvariantCulture) + "x faster";
        rows.Add(Row(catalog, label + " (" + target + ")", Ns(ours.Median) + " vs " + Ns(baseline.Median), ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x faster", ratio >= atLeast && (atLeast > 1 || ratio > 1) ? "met" : "MISSED"));
    }

    private static void FewerBytes(List<string> rows, string catalog, string label, Figure? ours, Figure? baseline, double atMost)
    {
        if (ours is null || baseline is null || ours.Bytes is null || baseline.Bytes is null || baseline.Bytes == 0)
        {
            return;
        }

        double ratio = (double)ours.Bytes.Value / baseline.Bytes.Value;
        rows.Add(Row(catalog, label + " (<= " + atMost.ToString("0.##", CultureInfo.InvariantCulture) + "x)", Bytes(ours.Bytes) + " vs " + Bytes(baseline.Bytes), ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x the bytes", ratio <= atMost ? "met" : "MISSED"));
    }

    private static void NoBytes(List<string> rows, string catalog, string label, Figure? ours)
    {
        if (ours is null)
        {
            return;
        }

        rows.Add(Row(catalog, label + " (0 B)", Bytes(ours.Bytes), string.Empty, ours.Bytes == 0 ? "met" : "MISSED"));
    }

    private static string Row(string catalog, string target, string measured, string ratio, string verdict)
        => "| " + catalog + " | " + target + " | " + measured + " | " + ratio + " | " + verdict + " |";

    private static Figure? Find(List<BenchmarkReport> reports, string type, string method, int? rows = null)
    {
        BenchmarkReport? report = reports.FirstOrDefault(candidate =>
            candidate.BenchmarkCase.Descriptor.Type.Name == type
            && candidate.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (rows is null || Equals(candidate.BenchmarkCase.Parameters["Rows"], rows.Value)));
        if (report?.ResultStatistics is null)
        {
            return null;
        }

        return new Figure(report.ResultStatistics.Median, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase));
    }

    private static string Ns(double nanoseconds) => nanoseconds.ToString(nanoseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ns";

    private static string Us(double nanoseconds) => (nanoseconds / 1e3).ToString("0.00", CultureInfo.InvariantCulture) + " µs";

    private static string Ms(double nanoseconds) => (nanoseconds / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    private static string Bytes(long? bytes) => bytes is null ? "n/a" : bytes.Value.ToString("N0", CultureInfo.InvariantCulture) + " B";

    private sealed record Figure(double Median, long? Bytes);
}
