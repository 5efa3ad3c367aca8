using System.IO;
using System.Linq;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// Lookups, names and messages must not allocate. The measuring code is compiled together with the generated code,
/// so that no reflection or boxing of the test itself enters the count.
/// </summary>
public class AllocationTests
{
    private const string Probe = """
        using System;
        using TestApp;

        internal static class AllocationProbe
        {
            public static long MeasureLookups()
            {
                Run(); // the first call fills the static tables; only steady-state calls are measured
                long before = GC.GetAllocatedBytesForCurrentThread();
                Run();
                return GC.GetAllocatedBytesForCurrentThread() - before;
            }

            private static int Run()
            {
                int sink = 0;
                for (int code = 249990; code < 250800; code++)
                {
                    if (LiveStationErrorCodes.IsDefined(code)) sink++;
                    if (LiveStationErrorCodes.TryFromCode(code, out LiveStationErrorCode value))
                    {
                        sink += value.GetName().Length;
                        sink += value.GetMemberName().Length;
                        sink += value.GetMessage().Length;
                        sink += value.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Length;
                        sink += value.GetDescription()?.Length ?? 0;
                        sink += value.GetCategory()?.Length ?? 0;
                        sink += value.IsDefined() ? 1 : 0;
                    }
                }

                for (int code = -1000; code < 10000; code++)
                {
                    if (GamePlatformErrorCodes.TryFromCode(code, out GamePlatformErrorCode value))
                    {
                        sink += value.GetName().Length + value.GetMessage().Length;
                    }

                    if (StageErrorCodes.TryFromCode(code, out StageErrorCode stage))
                    {
                        sink += stage.GetName().Length + stage.GetMessage().Length;
                    }
                }

                return sink;
            }
        }
        """;

    private const string FormatProbe = """
        using System;
        using TestApp;

        internal static class FormatProbe
        {
            // Each entry: the bytes a format helper call allocated, and the bytes of a string of its result's length.
            public static long[] Measure()
            {
                return new[]
                {
                    Bytes(() => LiveStationErrorCodes.FormatShortClipCreating("opening.mp4", 42)),
                    Bytes(() => LiveStationErrorCodes.FormatNotFound("channel")),
                    Bytes(() => LiveStationErrorCodes.FormatSnapshotCreated(1234567)),
                    Bytes(() => LiveStationErrorCodes.FormatSnapshotCreated(Guid.Empty)),
                    Bytes(() => LiveStationErrorCodes.FormatSnapshotCreated(3.25)),
                    Bytes(() => LiveStationErrorCodes.FormatOpenApiParamTypeError(DayOfWeek.Friday, 12345678901234L)),
                }.SelectMany(pair => pair).ToArray();
            }

            private static long[] Bytes(Func<string> format)
            {
                // Steady state is what counts: code that the JIT has not yet optimized (tier 0) may still box a
                // value type that optimized code formats in place, so call until the runtime has promoted the
                // methods, which it does after some calls and a pause that the runtime extends while other code is
                // still being compiled (other tests run in parallel), so allow up to half a minute; keep the least seen.
                long helper = long.MaxValue;
                string result = format();
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (helper > 0 && waited.Elapsed.TotalSeconds < 30)
                {
                    for (int call = 0; call < 40; call++)
                    {
                        format();
                    }

                    long before = GC.GetAllocatedBytesForCurrentThread();
                    result = format();
                    helper = Math.Min(helper, GC.GetAllocatedBytesForCurrentThread() - before);
                    if (helper <= OneString(result.Length))
                    {
                        break;
                    }

                    System.Threading.Thread.Sleep(50);
                }

                return new[] { helper, OneString(result.Length) };
            }

            private static long OneString(int length)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                string copy = new string('x', length);
                long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                GC.KeepAlive(copy);
                return bytes;
            }
        }

        """;

    [Fact]
    public void Format_helpers_allocate_only_their_result_without_boxing_value_types()
    {
        string definitions = Path.Combine(System.AppContext.BaseDirectory, "definitions");
        var catalogs = new[] { new Catalog("/defs/live-station.csv", File.ReadAllText(Path.Combine(definitions, "live-station.csv"))) };

        var assembly = GeneratorHarness.CompileAndLoad(catalogs, "using System.Linq;\n" + FormatProbe);
        long[] measured = (long[])assembly.GetType("FormatProbe")!.GetMethod("Measure")!.Invoke(null, null)!;

        // Pairs of (helper, one string of the same length): a boxed argument or a string per argument would show.
        for (int i = 0; i < measured.Length; i += 2)
        {
            Assert.True(measured[i] == measured[i + 1], "call " + (i / 2) + " allocated " + measured[i] + " bytes; its result alone is " + measured[i + 1]);
        }
    }

    [Fact]
    public void Lookups_names_and_messages_allocate_nothing()
    {
        string definitions = Path.Combine(System.AppContext.BaseDirectory, "definitions");
        var catalogs = new[] { "live-station.csv", "game-platform.csv", "stage.csv" }
            .Select(file => new Catalog("/defs/" + file, File.ReadAllText(Path.Combine(definitions, file))));

        var assembly = GeneratorHarness.CompileAndLoad(catalogs, Probe);
        long allocated = (long)assembly.GetType("AllocationProbe")!.GetMethod("MeasureLookups")!.Invoke(null, null)!;

        Assert.Equal(0, allocated);
    }
}
