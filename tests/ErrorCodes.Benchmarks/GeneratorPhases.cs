using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ErrorCodes.Generator.Emit;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Reading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// Where a full generator run spends its time, phase by phase (read, model, emit, and the compiler parsing the
/// generated text), for <c>phases ROWS</c>: each phase alone, repeated, median processor time. A diagnosis aid beside the
/// benchmarks, not a benchmark itself.
/// </summary>
public static class GeneratorPhases
{
    private const int Runs = 9;

    public static void Print(int rows)
    {
        SourceText text = SourceText.From(SyntheticCatalog.Create(rows, dense: false));
        var settings = new CatalogSettings(null, null, "Consumer");
        var emit = new EmitSettings(NullableAnnotations: true, HasRuntime: true, HasInterpolatedStringHandler: true);
        CsvTable table = CsvTableReader.Read("/catalogs/synthetic.csv", text, default);
        DomainModel domain = CatalogBuilder.Build(table, settings).Domain!;
        string source = DomainEmitter.Emit(domain, emit);

        (double read, double readBytes) = Median(() => CsvTableReader.Read("/catalogs/synthetic.csv", text, default));
        (double model, double modelBytes) = Median(() => CatalogBuilder.Build(table, settings));
        (double write, double writeBytes) = Median(() => DomainEmitter.EmitText(domain, emit));
        (double parse, _) = Median(() => CSharpSyntaxTree.ParseText(SourceText.From(source, System.Text.Encoding.UTF8)).GetRoot());

        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} rows: read {1:0.0} ms ({6:0.0} MB allocated), model {2:0.0} ms ({7:0.0} MB), emit {3:0.0} ms ({8:0.0} MB; {4:N0} chars), parse generated {5:0.0} ms",
            rows, read, model, write, source.Length, parse, readBytes / 1e6, modelBytes / 1e6, writeBytes / 1e6));
    }

    /// <summary>
    /// The first run of each phase on a catalog file in this fresh process, for <c>cold-phases PATH</c>: what a build
    /// pays once, JIT compilation included (the compiler runs a generator once per build in a fresh process, or once
    /// per compiler server). Wall time of one run each, so run it on a quiet machine and more than once.
    /// </summary>
    public static void PrintCold(string path)
    {
        SourceText text = SourceText.From(File.ReadAllText(path));
        var settings = new CatalogSettings(null, null, "Consumer");
        var emit = new EmitSettings(NullableAnnotations: true, HasRuntime: true, HasInterpolatedStringHandler: true, HasSystemTextJson: true, HasJsonPropertyNames: true);
        (double Read, double Model, double Emit, int Length) first = TimeOneRun(path, text, settings, emit);
        (double Read, double Model, double Emit, int Length) second = TimeOneRun(path, text, settings, emit);
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: first run read {1:0.0} ms, model {2:0.0} ms, emit {3:0.0} ms ({4:N0} chars); second run read {5:0.0} ms, model {6:0.0} ms, emit {7:0.0} ms; {8:N0} methods JIT-compiled in {9:0.0} ms in all",
            Path.GetFileName(path), first.Read, first.Model, first.Emit, first.Length, second.Read, second.Model, second.Emit,
            System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds));
    }

    /// <summary>One run of read, model and emit on a catalog file, each phase's wall time in milliseconds.</summary>
    private static (double Read, double Model, double Emit, int Length) TimeOneRun(string path, SourceText text, CatalogSettings settings, EmitSettings emit)
    {
        var clock = Stopwatch.StartNew();
        CsvTable table = CsvTableReader.Read(path, text, default);
        double read = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        DomainModel domain = CatalogBuilder.Build(table, settings).Domain!;
        double model = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        SourceText source = DomainEmitter.EmitText(domain, emit);
        return (read, model, clock.Elapsed.TotalMilliseconds, source.Length);
    }

    /// <summary>The source generated from a synthetic catalog of <paramref name="rows"/> rows, to look at.</summary>
    public static string Generate(int rows)
    {
        CsvTable table = CsvTableReader.Read("/catalogs/synthetic.csv", SourceText.From(SyntheticCatalog.Create(rows, dense: false)), default);
        DomainModel domain = CatalogBuilder.Build(table, new CatalogSettings(null, null, "Consumer")).Domain!;
        return DomainEmitter.Emit(domain, new EmitSettings(NullableAnnotations: true, HasRuntime: true, HasInterpolatedStringHandler: true));
    }

    private static (double Milliseconds, double Bytes) Median(Func<object> phase)
    {
        var times = new double[Runs];
        long bytes = 0;
        phase();
        for (int run = 0; run < Runs; run++)
        {
            GC.Collect();
            // Processor time of the process rather than wall time: other work on a busy machine does not count.
            TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(phase());
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            times[run] = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
        }

        return (times.OrderBy(t => t).ElementAt(Runs / 2), bytes);
    }
}
