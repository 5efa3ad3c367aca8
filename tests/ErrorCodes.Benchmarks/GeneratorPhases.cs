using System;
using System.Diagnostics;
using System.Globalization;
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
