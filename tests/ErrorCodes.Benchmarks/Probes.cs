using System;
using System.Linq;

namespace ErrorCodes.Benchmarks;

/// <summary>The codes a lookup benchmark asks for: defined and undefined codes mixed in a fixed shuffled order.</summary>
public static class Probes
{
    public const int Count = 512;

    /// <summary>
    /// <see cref="Count"/> codes: every other one a defined code, the rest near misses inside the catalog's range
    /// and outside it. A fixed seed keeps the order the same in every run.
    /// </summary>
    public static int[] Codes(int[] defined)
    {
        var random = new Random(20261122);
        int min = defined.Min();
        int max = defined.Max();
        var definedSet = defined.ToHashSet();
        var codes = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            if (i % 2 == 0)
            {
                codes[i] = defined[random.Next(defined.Length)];
                continue;
            }

            // A gap inside the range when the catalog has one (a dense catalog has none), else a code above it.
            int candidate = max + 1 + random.Next(1000);
            for (int attempt = 0; i % 4 == 1 && attempt < 100; attempt++)
            {
                int inside = random.Next(min, max + 1);
                if (!definedSet.Contains(inside))
                {
                    candidate = inside;
                    break;
                }
            }

            codes[i] = candidate;
        }

        return codes;
    }

    /// <summary><see cref="Count"/> defined codes in a fixed shuffled order, for name and message lookups.</summary>
    public static int[] DefinedCodes(int[] defined)
    {
        var random = new Random(20261123);
        return Enumerable.Range(0, Count).Select(_ => defined[random.Next(defined.Length)]).ToArray();
    }
}
