using System;
using System.Collections.Frozen;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// The same lookups on a dense synthetic catalog (codes 1 to 500 without gaps, see <see cref="SyntheticCatalog"/>),
/// where the generated code finds a code by its offset from the first code instead of through a slot or hash table.
/// Lookup and name benchmarks go over <see cref="Probes.Count"/> codes per invocation and report the cost of one call.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Dense")]
public class DenseBenchmarks
{
    private const string Template = "Item {0} of request 1 failed with status {1}.";

    private int[] _codes = Array.Empty<int>();
    private DenseErrorCode[] _values = Array.Empty<DenseErrorCode>();
    private FrozenDictionary<int, DenseErrorCode> _frozen = FrozenDictionary<int, DenseErrorCode>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _codes = Probes.Codes(DenseErrorCodes.All.Select(code => (int)code).ToArray());
        _values = Probes.DefinedCodes(DenseErrorCodes.All.Select(code => (int)code).ToArray()).Select(code => (DenseErrorCode)code).ToArray();
        _frozen = DenseErrorCodes.All.ToFrozenDictionary(code => (int)code);
        if (DenseErrorCodes.FormatErrorNumber1("a", 1) != string.Format(Template, new object[] { "a", 1 }))
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
            if (DenseErrorCodes.IsDefined(code)) found++;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int TryFromCode_Generated()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (DenseErrorCodes.TryFromCode(code, out DenseErrorCode value)) found += (int)value & 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int IsDefined_EnumTypeObject()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (Enum.IsDefined(typeof(DenseErrorCode), (DenseErrorCode)code)) found++;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int IsDefined_EnumGeneric()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (Enum.IsDefined((DenseErrorCode)code)) found++;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int TryGetValue_FrozenDictionary()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (_frozen.TryGetValue(code, out DenseErrorCode value)) found += (int)value & 1;
        }

        return found;
    }

    // Names and messages of defined values.

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Name")]
    public int GetMemberName_Generated()
    {
        int length = 0;
        foreach (DenseErrorCode value in _values) length += value.GetMemberName().Length;
        return length;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Name")]
    public int GetName_Generated()
    {
        int length = 0;
        foreach (DenseErrorCode value in _values) length += value.GetName().Length;
        return length;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Name")]
    public int ToString_Enum()
    {
        int length = 0;
        foreach (DenseErrorCode value in _values) length += value.ToString().Length;
        return length;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Name")]
    public int GetName_EnumGeneric()
    {
        int length = 0;
        foreach (DenseErrorCode value in _values) length += Enum.GetName(value)!.Length;
        return length;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Message")]
    public int GetMessage_Generated()
    {
        int length = 0;
        foreach (DenseErrorCode value in _values) length += value.GetMessage().Length;
        return length;
    }

    // Format helper against string.Format(string, object[]) on the same template.

    [Benchmark, BenchmarkCategory("Format", "StringInt")]
    public string Format_Generated_StringInt() => DenseErrorCodes.FormatErrorNumber1("opening.mp4", 42);

    [Benchmark, BenchmarkCategory("Format", "StringInt")]
    public string Format_StringFormat_StringInt() => string.Format(Template, new object[] { "opening.mp4", 42 });
}
