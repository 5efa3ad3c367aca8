using System;
using System.Collections.Frozen;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Benchmarks.StringCodes;

/// <summary>
/// The lookup of a string-coded catalog (<see cref="SqlstateErrorCodes"/>, the code the generator will write for
/// definitions/postgres-sqlstate.csv) against <c>FrozenDictionary&lt;string, T&gt;.TryGetValue</c> over the same 262
/// codes. Each benchmark goes over <see cref="Probes.Count"/> texts per invocation and reports the cost of one call:
/// defined codes only, texts that are not codes only (other case, padding, a char more or less, unknown codes), and
/// the two mixed.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("StringCodes")]
public class SqlstateLookupBenchmarks
{
    private string[] _hits = Array.Empty<string>();
    private string[] _misses = Array.Empty<string>();
    private string[] _mixed = Array.Empty<string>();
    private SqlstateErrorCode[] _values = Array.Empty<SqlstateErrorCode>();
    private FrozenDictionary<string, SqlstateErrorCode> _frozen = FrozenDictionary<string, SqlstateErrorCode>.Empty;

    [GlobalSetup]
    public void Setup()
    {
        CheckTablesMatchTheBuilder();
        string[] codes = SqlstateErrorCodes.Codes;
        _frozen = codes.Select((code, index) => (code, value: (SqlstateErrorCode)(index + 1))).ToFrozenDictionary(pair => pair.code, pair => pair.value, StringComparer.Ordinal);

        var random = new Random(20261206);
        _hits = Enumerable.Range(0, Probes.Count).Select(_ => codes[random.Next(codes.Length)]).ToArray();
        _misses = Enumerable.Range(0, Probes.Count).Select(_ => Miss(codes[random.Next(codes.Length)], random)).ToArray();
        _values = _hits.Select(hit => _frozen[hit]).ToArray();
        _mixed = _hits.Zip(_misses, (hit, miss) => random.Next(2) == 0 ? hit : miss).ToArray();
        if (_misses.Any(miss => _frozen.ContainsKey(miss) || SqlstateErrorCodes.IsDefined(miss))
            || _hits.Any(hit => !SqlstateErrorCodes.TryFromCode(hit, out SqlstateErrorCode value) || value != _frozen[hit]))
        {
            throw new InvalidOperationException("The generated lookup and the FrozenDictionary disagree.");
        }
    }

    /// <summary>A text near a code that is not one; the kinds a server or a user could send.</summary>
    private static string Miss(string code, Random random)
    {
        string miss = random.Next(5) switch
        {
            0 => string.Equals(code.ToLowerInvariant(), code, StringComparison.Ordinal) ? code + "x" : code.ToLowerInvariant(),
            1 => code + " ",
            2 => code[..4],
            3 => string.Concat("9", code.AsSpan(1)),
            _ => string.Concat(code.AsSpan(0, 4), "Q"),
        };
        return SqlstateErrorCodes.IsDefined(miss) ? "ZZ" + miss : miss;
    }

    /// <summary>The hand-written tables must be what the generator's builder makes of the same codes.</summary>
    private static void CheckTablesMatchTheBuilder()
    {
        StringCodeTable built = StringCodeTable.Build(SqlstateErrorCodes.Codes);
        if (built.Seed != SqlstateErrorCodes.CodeHashSeed
            || built.MinLength != SqlstateErrorCodes.MinCodeLength
            || built.MaxLength != SqlstateErrorCodes.MaxCodeLength
            || built.BucketShift != SqlstateErrorCodes.CodeBucketShift
            || built.SlotShift != SqlstateErrorCodes.CodeSlotShift
            || !built.Displacements.Select(displacement => (char)displacement).SequenceEqual(SqlstateErrorCodes.CodeDisplacements)
            || !built.Slots.SequenceEqual(SqlstateErrorCodes.CodeSlots))
        {
            throw new InvalidOperationException("The sample's tables differ from StringCodeTable.Build's.");
        }
    }

    private int Generated(string[] texts)
    {
        int found = 0;
        foreach (string text in texts)
        {
            if (SqlstateErrorCodes.TryFromCode(text, out SqlstateErrorCode value)) found += (int)value;
        }

        return found;
    }

    private int Frozen(string[] texts)
    {
        int found = 0;
        foreach (string text in texts)
        {
            if (_frozen.TryGetValue(text, out SqlstateErrorCode value)) found += (int)value;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Hits")]
    public int TryFromCode_Generated_Hits() => Generated(_hits);

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Hits")]
    public int TryGetValue_FrozenDictionary_Hits() => Frozen(_hits);

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Misses")]
    public int TryFromCode_Generated_Misses() => Generated(_misses);

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Misses")]
    public int TryGetValue_FrozenDictionary_Misses() => Frozen(_misses);

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Mixed")]
    public int TryFromCode_Generated_Mixed() => Generated(_mixed);

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("Mixed")]
    public int TryGetValue_FrozenDictionary_Mixed() => Frozen(_mixed);

    [Benchmark(OperationsPerInvoke = Probes.Count), BenchmarkCategory("GetCode")]
    public int GetCode_Generated()
    {
        int length = 0;
        foreach (SqlstateErrorCode value in _values)
        {
            length += value.GetCode().Length;
        }

        return length;
    }
}
