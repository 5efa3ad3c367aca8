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
