using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// Runs the benchmarks and then checks the measured figures against the project's targets.
/// <list type="bullet">
/// <item><c>dotnet run -c Release --project tests/ErrorCodes.Benchmarks</c>: every benchmark with the short job
/// below, then the targets table (also written to BenchmarkDotNet.Artifacts/results/targets.md).</item>
/// <item><c>-- --smoke</c>: every benchmark once, in process (BenchmarkDotNet's Dry job), so CI knows they build and run;
/// the figures mean nothing and no target is judged.</item>
/// <item><c>-- --filter *Generator*</c> and the other BenchmarkDotNet options work as usual.</item>
/// <item><c>-- write-catalog ROWS dense|sparse PATH</c>: writes a synthetic catalog (Catalogs/dense.csv is
/// <c>write-catalog 500 dense</c>).</item>
/// <item><c>-- write-consumer ROWS generated|generated-string|enum DIR [synthetic|formatted|mysql [STYLE]]</c>: writes a
/// consumer project for compile-time.sh, of a catalog shape (<see cref="ConsumerShape"/>) and placeholder style
/// (generated-string: the catalog is string-coded).</item>
/// <item><c>-- write-generated ROWS PATH</c>: writes the source the generator makes of a synthetic catalog.</item>
/// <item><c>-- phases ROWS</c>: prints where a generator run on a synthetic catalog spends its time.</item>
/// <item><c>-- cold-phases PATH</c>: the same for the first run on a catalog file in a fresh process (JIT included).</item>
/// <item><c>-- analyzer [FILES]</c>: the analyzer's time in process on a synthetic project (see <see cref="AnalyzerTiming"/>).</item>
/// <item><c>-- write-analyzer-project FILES DIR</c>: writes that project for analyzer-time.sh.</item>
/// </list>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "write-catalog")
        {
            File.WriteAllText(args[3], SyntheticCatalog.Create(int.Parse(args[1], CultureInfo.InvariantCulture), args[2] == "dense"));
            return 0;
        }

        if (args.Length > 0 && args[0] == "write-consumer")
        {
            // write-consumer ROWS generated|generated-string|enum DIR [SHAPE [STYLE]]
            ConsumerProject.Write(
                int.Parse(args[1], CultureInfo.InvariantCulture),
                args[2] != "enum",
                args.Length > 4 ? ConsumerProject.ParseShape(args[4]) : ConsumerShape.Synthetic,
                args.Length > 5 ? args[5] : null,
                args[3],
                stringCodes: args[2] == "generated-string");
            return 0;
        }

        if (args.Length > 0 && args[0] == "write-generated")
        {
            File.WriteAllText(args[2], GeneratorPhases.Generate(int.Parse(args[1], CultureInfo.InvariantCulture)));
            return 0;
        }

        if (args.Length > 0 && args[0] == "phases")
        {
            GeneratorPhases.Print(int.Parse(args[1], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length > 0 && args[0] == "cold-phases")
        {
            GeneratorPhases.PrintCold(args[1]);
            return 0;
        }

        if (args.Length > 0 && args[0] == "analyzer")
        {
            AnalyzerTiming.Print(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : AnalyzerProject.DefaultFiles, LiveStationCatalog());
            return 0;
        }

        if (args.Length > 0 && args[0] == "write-analyzer-project")
        {
            AnalyzerProject.Write(int.Parse(args[1], CultureInfo.InvariantCulture), LiveStationCatalog(), args[2]);
            return 0;
        }

        bool smoke = args.Contains("--smoke");
        string[] rest = args.Where(arg => arg != "--smoke").ToArray();
        if (!rest.Contains("--filter"))
        {
            rest = rest.Concat(new[] { "--filter", "*" }).ToArray();
        }

        IConfig config = DefaultConfig.Instance
            .AddJob(smoke ? SmokeJob : MeasureJob)
            .AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median)
            .WithOptions(ConfigOptions.JoinSummary);
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config).ToArray();
        if (summaries.Length == 0 || summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)))
        {
            Console.Error.WriteLine("A benchmark failed to build or run.");
            return 1;
        }

        if (!smoke)
        {
            string table = Targets.Evaluate(summaries);
            Console.WriteLine(table);
            string folder = Path.Combine(summaries[0].ResultsDirectoryPath);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "targets.md"), table);
        }

        return 0;
    }

    /// <summary>
    /// Every benchmark once, in this process (no separate build of a host project): enough to show in CI that they
    /// still compile and run. Its figures are not measurements.
    /// </summary>
    public static readonly Job SmokeJob = Job.Dry
        .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance)
        .WithId("Smoke");

    /// <summary>The Live Station catalog, copied beside the program by the project file.</summary>
    private static string LiveStationCatalog() => Path.Combine(AppContext.BaseDirectory, "live-station.csv");

    /// <summary>
    /// Short on purpose (the whole set runs in a few minutes on two cores): one process per benchmark, 3 warm-up
    /// and 7 measured iterations of about 250 ms each. Ratios between benchmarks of one run are what counts.
    /// </summary>
    public static readonly Job MeasureJob = Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(7)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
        .WithId("Short");
}
