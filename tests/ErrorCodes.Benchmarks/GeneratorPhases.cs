using System;
using System.Diagnostics;
using System.Globalization;
using ErrorCodes.Generator.Emit;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Reading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// Where a full generator run spends its time, phase by phase (read, model, emit, and the compiler parsing the
/// generated text), for <c>phases ROWS</c>. A diagnosis aid beside the benchmarks, not a benchmark itself.
/// </summary>
public static class GeneratorPhases
{
    public static void Print(int rows)
    {
        SourceText text = SourceText.From(SyntheticCatalog.Create(rows, dense: false));
        var settings = new CatalogSettings(null, null, "Consumer");
        var emit = new EmitSettings(NullableAnnotations: true, HasRuntime: true, HasInterpolatedStringHandler: true);
        double read = 0, model = 0, write = 0, parse = 0;
        int length = 0;
        const int Runs = 10;
        for (int run = -2; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            CsvTable table = CsvTableReader.Read("/catalogs/synthetic.csv", text, default);
            double t1 = watch.Elapsed.TotalMilliseconds;
            CatalogResult result = CatalogBuilder.Build(table, settings);
            double t2 = watch.Elapsed.TotalMilliseconds;
            string source = DomainEmitter.Emit(result.Domain!, emit);
            double t3 = watch.Elapsed.TotalMilliseconds;
            CSharpSyntaxTree.ParseText(SourceText.From(source, System.Text.Encoding.UTF8)).GetRoot();
            double t4 = watch.Elapsed.TotalMilliseconds;
            if (run >= 0)
            {
                read += t1;
                model += t2 - t1;
                write += t3 - t2;
                parse += t4 - t3;
                length = source.Length;
            }
        }

        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} rows: read {1:0.0} ms, model {2:0.0} ms, emit {3:0.0} ms ({4:N0} chars), parse generated {5:0.0} ms",
            rows, read / Runs, model / Runs, write / Runs, length, parse / Runs));
    }
}
