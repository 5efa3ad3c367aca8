using System;
using System.Collections.Frozen;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// Run-time cost of the generated code for the Live Station catalog (211 codes spread over 250000-250707), each
/// next to what a user would write without the generator, on the same runtime. Lookup and name benchmarks go over
/// <see cref="Probes.Count"/> codes per invocation and report the cost of one call.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("LiveStation")]
public class LiveStationBenchmarks
{
    private const string ShortClipTemplate = "The short clip file {0} is being created. (Snapshot ID: {1})";
    private const string NotFoundTemplate = "{0} not found.";
    private const string SnapshotTemplate = "Snapshot ID: {0} created.";

    private int[] _codes = Array.Empty<int>();
    private LiveStationErrorCode[] _values = Array.Empty<LiveStationErrorCode>();
    private FrozenDictionary<int, LiveStationErrorCode> _frozen = FrozenDictionary<int, LiveStationErrorCode>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _codes = Probes.Codes(LiveStationErrorCodes.All.Select(code => (int)code).ToArray());
        _values = Probes.DefinedCodes(LiveStationErrorCodes.All.Select(code => (int)code).ToArray()).Select(code => (LiveStationErrorCode)code).ToArray();
        _frozen = LiveStationErrorCodes.All.ToFrozenDictionary(code => (int)code);
        if (LiveStationErrorCodes.FormatShortClipCreating("a", 1) != string.Format(ShortClipTemplate, new object[] { "a", 1 })
            || LiveStationErrorCodes.FormatNotFound("a") != string.Format(NotFoundTemplate, new object[] { "a" })
            || LiveStationErrorCodes.FormatSnapshotCreated(1) != string.Format(SnapshotTemplate, new object[] { 1 }))
        {
            throw new InvalidOperationException("A benchmark template differs from the catalog's message.");
        }
    }

    // IsDefined / TryFromCode: a code received from outside, half of them defined.

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int IsDefined_Generated()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (LiveStationErrorCodes.IsDefined(code)) found++;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int TryFromCode_Generated()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (LiveStationErrorCodes.TryFromCode(code, out LiveStationErrorCode value)) found += (int)value & 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int IsDefined_EnumTypeObject()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (Enum.IsDefined(typeof(LiveStationErrorCode), (LiveStationErrorCode)code)) found++;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int IsDefined_EnumGeneric()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (Enum.IsDefined((LiveStationErrorCode)code)) found++;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int TryGetValue_FrozenDictionary()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (_frozen.TryGetValue(code, out LiveStationErrorCode value)) found += (int)value & 1;
        }

        return found;
    }

    // Names and messages of defined values.

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Name")]
    public int GetMemberName_Generated()
    {
        int length = 0;
        foreach (LiveStationErrorCode value in _values) length += value.GetMemberName().Length;
        return length;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Name")]
    public int GetName_Generated()
    {
        int length = 0;
        foreach (LiveStationErrorCode value in _values) length += value.GetName().Length;
        return length;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Name")]
    public int ToString_Enum()
    {
        int length = 0;
        foreach (LiveStationErrorCode value in _values) length += value.ToString().Length;
        return length;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Name")]
    public int GetName_EnumGeneric()
    {
        int length = 0;
        foreach (LiveStationErrorCode value in _values) length += Enum.GetName(value)!.Length;
        return length;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Message")]
    public int GetMessage_Generated()
    {
        int length = 0;
        foreach (LiveStationErrorCode value in _values) length += value.GetMessage().Length;
        return length;
    }

    // Format helpers against string.Format(string, object[]) on the same template.

    [Benchmark, BenchmarkCategory("Format", "StringInt")]
    public string Format_Generated_StringInt() => LiveStationErrorCodes.FormatShortClipCreating("opening.mp4", 42);

    [Benchmark, BenchmarkCategory("Format", "StringInt")]
    public string Format_StringFormat_StringInt() => string.Format(ShortClipTemplate, new object[] { "opening.mp4", 42 });

    [Benchmark, BenchmarkCategory("Format", "String")]
    public string Format_Generated_String() => LiveStationErrorCodes.FormatNotFound("channel");

    [Benchmark, BenchmarkCategory("Format", "String")]
    public string Format_StringFormat_String() => string.Format(NotFoundTemplate, new object[] { "channel" });

    [Benchmark, BenchmarkCategory("Format", "Int")]
    public string Format_Generated_Int() => LiveStationErrorCodes.FormatSnapshotCreated(1234567);

    [Benchmark, BenchmarkCategory("Format", "Int")]
    public string Format_StringFormat_Int() => string.Format(SnapshotTemplate, new object[] { 1234567 });

    // Exceptions, created and not thrown.

    [Benchmark, BenchmarkCategory("Exception")]
    public Exception Exception_CreateFilled() => LiveStationException.Create(LiveStationErrorCode.ShortClipCreating, LiveStationErrorCodes.FormatShortClipCreating("opening.mp4", 42));

    [Benchmark, BenchmarkCategory("Exception")]
    public Exception Exception_CatalogMessage() => new LiveStationException(LiveStationErrorCode.ChannelNotFound);

    [Benchmark, BenchmarkCategory("Exception")]
    public Exception Exception_InvalidOperation() => new InvalidOperationException("Channel is not found");
}
