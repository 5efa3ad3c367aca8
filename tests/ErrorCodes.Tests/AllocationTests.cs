using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
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
        using System.Globalization;
        using TestApp;

        internal static class FormatProbe
        {
            // Prints, for each call, the bytes a format helper call allocated and the bytes of a string of its result's length.
            public static void Main()
            {
                long[][] measured =
                {
                    Bytes(() => LiveStationErrorCodes.FormatShortClipCreating("opening.mp4", 42)),
                    Bytes(() => LiveStationErrorCodes.FormatNotFound("channel")),
                    Bytes(() => LiveStationErrorCodes.FormatSnapshotCreated(1234567)),
                    Bytes(() => LiveStationErrorCodes.FormatSnapshotCreated(Guid.Empty)),
                    Bytes(() => LiveStationErrorCodes.FormatSnapshotCreated(3.25)),
                    Bytes(() => LiveStationErrorCodes.FormatOpenApiParamTypeError(DayOfWeek.Friday, 12345678901234L)),
                };
                foreach (long[] pair in measured)
                {
                    Console.WriteLine(pair[0].ToString(CultureInfo.InvariantCulture) + " " + pair[1].ToString(CultureInfo.InvariantCulture));
                }
            }

            private static long[] Bytes(Func<string> format)
            {
                // The first calls run static constructors and fill caches; the process compiles every method fully
                // optimized before its first call, so the next call is already the steady state.
                format();
                format();
                long before = GC.GetAllocatedBytesForCurrentThread();
                string result = format();
                long helper = GC.GetAllocatedBytesForCurrentThread() - before;
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

    // The probe runs in a process of its own. Code the JIT has not yet optimized (tier 0) may box a value type that
    // optimized code formats in place, and in the test process the runtime promotes a method only after enough calls
    // and a pause it extends while other tests keep the JIT busy, so a measurement there depends on the machine's load.
    // With tiered compilation off, every method is compiled once, fully optimized, before its first call; with
    // ReadyToRun off, the framework's precompiled code is compiled the same way instead of being used as it was shipped.
    // No waiting is left; only a hung process can time out, and that is reported as a timeout.
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void Format_helpers_allocate_only_their_result_without_boxing_value_types()
    {
        var catalogs = new[] { SeedCatalogs.Load("live-station.csv") };

        string[] lines = RunInOwnProcess(catalogs, FormatProbe).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Pairs of (helper, one string of the same length): a boxed argument or a string per argument would show.
        Assert.Equal(6, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            long[] pair = lines[i].Trim().Split(' ').Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            Assert.True(pair[0] == pair[1], "call " + i + " allocated " + pair[0] + " bytes; its result alone is " + pair[1]);
        }
    }

    /// <summary>Compiles the generated code with <paramref name="program"/> into an app, runs it and returns what it printed.</summary>
    private static string RunInOwnProcess(IEnumerable<Catalog> catalogs, string program)
    {
        GenerationResult result = GeneratorHarness.Generate(catalogs, program);
        Compilation app = result.Compilation.WithOptions(result.Compilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
        Assert.DoesNotContain(result.GeneratorDiagnostics.Concat(app.GetDiagnostics()), d => d.Severity >= DiagnosticSeverity.Warning);

        string folder = Path.Combine(Path.GetTempPath(), "errorcodes-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string appPath = Path.Combine(folder, "Probe.dll");
            EmitResult emit = app.Emit(appPath);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            File.Copy(GeneratorHarness.RuntimeLibraryPath, Path.Combine(folder, Path.GetFileName(GeneratorHarness.RuntimeLibraryPath)));
            File.WriteAllText(
                Path.Combine(folder, "Probe.runtimeconfig.json"),
                "{ \"runtimeOptions\": { \"tfm\": \"net" + Environment.Version.ToString(2) + "\", \"framework\": { \"name\": \"Microsoft.NETCore.App\", \"version\": \""
                + Environment.Version.ToString(3) + "\" } } }");

            var start = new ProcessStartInfo(DotnetHost(), "\"" + appPath + "\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["DOTNET_TieredCompilation"] = "0";
            start.Environment["DOTNET_ReadyToRun"] = "0";
            using Process process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Timeout: the probe process did not finish within " + ProbeTimeout.TotalSeconds + " s; nothing was measured.");
            }

            Assert.True(process.ExitCode == 0, "The probe process failed (" + process.ExitCode + "):\n" + error.Result);
            return output.Result;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The dotnet host of the running runtime: its shared framework folder is shared/Microsoft.NETCore.App/&lt;version&gt;/.</summary>
    private static string DotnetHost()
    {
        string root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
    }

    [Fact]
    public void Lookups_names_and_messages_allocate_nothing()
    {
        var catalogs = new[] { "live-station.csv", "game-platform.csv", "stage.csv" }.Select(SeedCatalogs.Load);

        var assembly = GeneratorHarness.CompileAndLoad(catalogs, Probe);
        long allocated = (long)assembly.GetType("AllocationProbe")!.GetMethod("MeasureLookups")!.Invoke(null, null)!;

        Assert.Equal(0, allocated);
    }
}
