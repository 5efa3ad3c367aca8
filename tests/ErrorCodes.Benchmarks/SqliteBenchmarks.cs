using System;
using System.Collections.Frozen;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// Lookups on a sparse catalog: SQLite's result codes, primary and extended (105 codes over 0..8458, see
/// Catalogs/README.md), against <c>FrozenDictionary</c> and the switch a switch-based generator writes
/// (<see cref="SqliteSwitch"/>), on the same codes: half defined, half missing inside the range and beyond it.
/// Each benchmark goes over <see cref="Probes.Count"/> codes per invocation and reports the cost of one call.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Sqlite")]
public class SqliteBenchmarks
{
    private int[] _codes = Array.Empty<int>();
    private FrozenDictionary<int, SqliteErrorCode> _frozen = FrozenDictionary<int, SqliteErrorCode>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        int[] defined = SqliteErrorCodes.All.Select(code => (int)code).ToArray();
        _codes = Probes.Codes(defined);
        _frozen = SqliteErrorCodes.All.ToFrozenDictionary(code => (int)code);
        foreach (int code in _codes.Concat(defined))
        {
            if (SqliteSwitch.IsDefined(code) != SqliteErrorCodes.IsDefined(code) || _frozen.ContainsKey(code) != SqliteErrorCodes.IsDefined(code))
            {
                throw new InvalidOperationException("The baselines and the generated lookup disagree on code " + code + ".");
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int IsDefined_Generated()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (SqliteErrorCodes.IsDefined(code)) found++;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int TryFromCode_Generated()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (SqliteErrorCodes.TryFromCode(code, out SqliteErrorCode value)) found += (int)value & 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int TryGetValue_FrozenDictionary()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (_frozen.TryGetValue(code, out SqliteErrorCode value)) found += (int)value & 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("IsDefined")]
    public int IsDefined_Switch()
    {
        int found = 0;
        foreach (int code in _codes)
        {
            if (SqliteSwitch.IsDefined(code)) found++;
        }

        return found;
    }
}
