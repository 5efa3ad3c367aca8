using System;
using System.Collections.Generic;

namespace ErrorCodes.Generator.Model
{
    /// <summary>
    /// The lookup table of a string-coded catalog: a minimal-probe perfect hash ("hash and displace") that the
    /// generated code reads with one fixed method, so that finding a code costs one hash over its characters, two
    /// array reads and one ordinal comparison, allocates nothing, and compiles as cheaply as any number table.
    /// <para>
    /// The generated lookup, for the catalog's codes in value order (<c>Codes[v - 1]</c> is the code of enum value
    /// <c>v</c>), is exactly <see cref="Find"/>:
    /// </para>
    /// <code>
    /// if (code.Length - MinLength &gt; MaxLength - MinLength) return 0;     // as uints: shorter or longer than every code
    /// uint hash = Seed ^ (uint)code.Length;                            // FNV-1a's step over pairs of UTF-16 chars
    /// int i = 0;
    /// for (; i + 1 &lt; code.Length; i += 2) hash = (hash ^ (code[i] | (uint)code[i + 1] &lt;&lt; 16)) * 16777619u;
    /// if (i &lt; code.Length) hash = (hash ^ code[i]) * 16777619u;
    /// uint displaced = hash ^ (uint)Displacements[hash &gt;&gt; BucketShift];
    /// uint index = ((uint)Slots[(displaced * 0x9E3779B1u) &gt;&gt; SlotShift] ^ (hash &lt;&lt; 20)) - 1u;
    /// return index &lt; 0xFFFFFu &amp;&amp; string.Equals(Codes[index], code) ? (int)index + 1 : 0;
    /// </code>
    /// <para>
    /// A slot holds its code's value in the low 20 bits and the low 12 bits of the code's hash above them (0 when
    /// empty). The xor with the hash being looked up clears those 12 bits only for a text with the same hash bits, so
    /// one unsigned comparison turns away an empty slot and all but 1 in 4,096 other texts before any string is
    /// compared: a miss then costs about as little as a hit.
    /// </para>
    /// <para>
    /// Two chars per step halve the chain of multiplications that bounds the lookup's speed; the length in the
    /// starting value keeps <c>"a"</c> and <c>"a\0"</c> apart, which the pairing alone would not.
    /// </para>
    /// <para>
    /// The generator chooses the seed and each bucket's displacement at build time so that no two codes share a slot:
    /// every code is then found at its own slot, and any other text (another case, padding, a prefix, the empty string)
    /// either lands on an empty slot or fails the one ordinal comparison. The generated code carries the displacements
    /// as one string literal, a char per bucket, and fills the slots from the codes when it is first used: the consumer's
    /// compiler then reads two tokens, not an initializer element per bucket and slot.
    /// </para>
    /// </summary>
    /// <param name="Seed">The hash's starting value, xor-ed with the code's length.</param>
    /// <param name="MinLength">The length of the shortest code.</param>
    /// <param name="MaxLength">The length of the longest code.</param>
    /// <param name="BucketShift">32 minus the bits of the bucket count: the hash's top bits choose a bucket.</param>
    /// <param name="SlotShift">32 minus the bits of the slot count: the displaced hash's mixed top bits choose a slot.</param>
    /// <param name="Displacements">Per bucket, the value xor-ed into the hash of its codes (length 2^(32 - BucketShift)).</param>
    /// <param name="Slots">
    /// Per slot, the 1-based value of the code stored there with the low 12 bits of its hash above bit 20, or 0
    /// (length 2^(32 - SlotShift)).
    /// </param>
    internal sealed record StringCodeTable(
        uint Seed,
        int MinLength,
        int MaxLength,
        int BucketShift,
        int SlotShift,
        EquatableArray<int> Displacements,
        EquatableArray<int> Slots)
    {
        /// <summary>FNV-1a's 32-bit prime, fixed in the generated code.</summary>
        public const uint FnvPrime = 16777619;

        /// <summary>The odd multiplier (2^32 / golden ratio) that spreads a displaced hash over the slot bits.</summary>
        public const uint SlotMultiplier = 0x9E3779B1;

        /// <summary>The bits of a slot that hold the code's value; the rest hold bits of its hash.</summary>
        public const int ValueBits = 20;

        /// <summary>The most codes a table holds: values are 1 to 2^20 - 1.</summary>
        public const int MaxCodes = (1 << ValueBits) - 1;

        /// <summary>FNV-1a's 32-bit offset basis, the first seed tried.</summary>
        private const uint FirstSeed = 2166136261;

        /// <summary>The step between seeds tried; any odd constant keeps the sequence from repeating.</summary>
        private const uint SeedStep = 0x9E3779B9;

        /// <summary>
        /// Displacements tried per bucket before the seed is changed. At the load factors below a bucket needs a
        /// handful; a miss of this many means codes that share a whole 32-bit hash, which only another seed fixes. The
        /// generated code stores each displacement in one char, so this limit must stay at most 2^16.
        /// </summary>
        private const int MaxDisplacement = 1 << 16;

        private const int MaxSeeds = 64;

        /// <summary>
        /// The hash the generated code computes: from <paramref name="seed"/> xor the length, FNV-1a's step (xor, then
        /// multiply by its prime) over the code's UTF-16 chars two at a time, the first in the low half, then the last
        /// char alone when the length is odd.
        /// </summary>
        public static uint Hash(string code, uint seed)
        {
            uint hash = seed ^ (uint)code.Length;
            int i = 0;
            for (; i + 1 < code.Length; i += 2)
            {
                hash = unchecked((hash ^ (code[i] | ((uint)code[i + 1] << 16))) * FnvPrime);
            }

            if (i < code.Length)
            {
                hash = unchecked((hash ^ code[i]) * FnvPrime);
            }

            return hash;
        }

        /// <summary>
        /// The table for <paramref name="codes"/>, which are distinct (ordinal) and non-null; the code at index
        /// <c>i</c> gets value <c>i + 1</c>. An empty string is a gap: a value whose rows were all dropped for an
        /// error, so that the codes after it keep their values. It takes no slot and is never found (no catalog code
        /// is empty, EC1051). Deterministic: the same codes give the same table.
        /// </summary>
        /// <exception cref="ArgumentException">A code is null or repeated, or there are more than <see cref="MaxCodes"/>.</exception>
        public static StringCodeTable Build(IReadOnlyList<string> codes)
        {
            if (codes.Count > MaxCodes)
            {
                throw new ArgumentException("A table holds at most " + MaxCodes + " codes.", nameof(codes));
            }

            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var present = new List<int>(codes.Count);
            for (int i = 0; i < codes.Count; i++)
            {
                if (codes[i] is null || (codes[i].Length != 0 && !distinct.Add(codes[i])))
                {
                    throw new ArgumentException("Code " + i + " is null or repeated; the table needs distinct codes.", nameof(codes));
                }

                if (codes[i].Length != 0)
                {
                    present.Add(i);
                }
            }

            // About 1.5 slots per code (a load of 0.37 to 0.75 after rounding to a power of two) and two codes per
            // bucket: the displacement search then ends within a few tries per bucket, even for 10,000 codes.
            int count = present.Count;
            int slotBits = BitsFor(count + (count / 2));
            int bucketBits = BitsFor((count + 1) / 2);
            uint seed = FirstSeed;
            for (int attempt = 0; attempt < MaxSeeds; attempt++, seed = unchecked(seed + SeedStep))
            {
                StringCodeTable? table = TryBuild(codes, present, seed, bucketBits, slotBits);
                if (table is not null)
                {
                    return table;
                }
            }

            // Not reached for codes that differ: 64 seeds all failing is as likely as 64 independent near-impossible events.
            throw new InvalidOperationException("No perfect hash table was found for " + count + " codes.");
        }

        /// <summary>
        /// The 1-based value of <paramref name="code"/> in <paramref name="codes"/> (the list the table was built from),
        /// or 0: the generated lookup, step for step, for tests and for the analyzer.
        /// </summary>
        public int Find(IReadOnlyList<string> codes, string? code)
        {
            if (code is null || unchecked((uint)(code.Length - MinLength) > (uint)(MaxLength - MinLength)))
            {
                return 0;
            }

            uint hash = Hash(code, Seed);
            uint displaced = hash ^ (uint)Displacements[(int)(hash >> BucketShift)];
            uint index = unchecked(((uint)Slots[(int)(unchecked(displaced * SlotMultiplier) >> SlotShift)] ^ (hash << ValueBits)) - 1u);
            return index < MaxCodes && string.Equals(codes[(int)index], code, StringComparison.Ordinal) ? (int)index + 1 : 0;
        }

        /// <summary>At least one bit, so the generated shift is below 32 (C# masks a uint shift of 32 to 0).</summary>
        private static int BitsFor(int count)
        {
            int bits = 1;
            while ((1 << bits) < count)
            {
                bits++;
            }

            return bits;
        }

        /// <param name="codes">Every value's code, gaps included.</param>
        /// <param name="present">The indexes of the codes that are not gaps, in order: the codes the table holds.</param>
        private static StringCodeTable? TryBuild(IReadOnlyList<string> codes, List<int> present, uint seed, int bucketBits, int slotBits)
        {
            int bucketShift = 32 - bucketBits;
            int slotShift = 32 - slotBits;
            var hashes = new uint[present.Count];
            var bucketSizes = new int[1 << bucketBits];
            for (int p = 0; p < present.Count; p++)
            {
                hashes[p] = Hash(codes[present[p]], seed);
                bucketSizes[hashes[p] >> bucketShift]++;
            }

            // Codes grouped by bucket (a counting sort), then the buckets placed largest first: the crowded ones
            // find room while the table is still empty. Ties keep bucket order, so the result is deterministic.
            var bucketStarts = new int[bucketSizes.Length + 1];
            for (int b = 0; b < bucketSizes.Length; b++)
            {
                bucketStarts[b + 1] = bucketStarts[b] + bucketSizes[b];
            }

            var byBucket = new int[present.Count];
            var filled = new int[bucketSizes.Length];
            for (int p = 0; p < present.Count; p++)
            {
                uint bucket = hashes[p] >> bucketShift;
                byBucket[bucketStarts[bucket] + filled[bucket]++] = p;
            }

            var order = new int[bucketSizes.Length];
            for (int b = 0; b < order.Length; b++)
            {
                order[b] = b;
            }

            Array.Sort(order, (left, right) => bucketSizes[left] != bucketSizes[right] ? bucketSizes[right] - bucketSizes[left] : left - right);

            var slots = new int[1 << slotBits];
            var displacements = new int[bucketSizes.Length];
            var candidate = new int[Math.Max(1, MaxBucketSize(bucketSizes))];
            foreach (int bucket in order)
            {
                int size = bucketSizes[bucket];
                if (size == 0)
                {
                    break;
                }

                int displacement = FindDisplacement(hashes, byBucket, bucketStarts[bucket], size, slots, slotShift, candidate);
                if (displacement < 0)
                {
                    return null;
                }

                displacements[bucket] = displacement;
                for (int k = 0; k < size; k++)
                {
                    int p = byBucket[bucketStarts[bucket] + k];
                    slots[candidate[k]] = unchecked((int)((hashes[p] << ValueBits) | (uint)(present[p] + 1)));
                }
            }

            int minLength = present.Count == 0 ? 0 : int.MaxValue;
            int maxLength = 0;
            foreach (int index in present)
            {
                minLength = Math.Min(minLength, codes[index].Length);
                maxLength = Math.Max(maxLength, codes[index].Length);
            }

            return new StringCodeTable(seed, minLength, maxLength, bucketShift, slotShift, new EquatableArray<int>(displacements), new EquatableArray<int>(slots));
        }

        /// <summary>
        /// The smallest displacement that puts every code of the bucket on an empty slot of its own (the slots left in
        /// <paramref name="candidate"/>), or -1 when there is none below the limit.
        /// </summary>
        private static int FindDisplacement(uint[] hashes, int[] byBucket, int start, int size, int[] slots, int slotShift, int[] candidate)
        {
            for (int displacement = 0; displacement < MaxDisplacement; displacement++)
            {
                bool fits = true;
                for (int k = 0; k < size && fits; k++)
                {
                    uint displaced = hashes[byBucket[start + k]] ^ (uint)displacement;
                    int slot = (int)(unchecked(displaced * SlotMultiplier) >> slotShift);
                    fits = slots[slot] == 0 && Array.IndexOf(candidate, slot, 0, k) < 0;
                    candidate[k] = slot;
                }

                if (fits)
                {
                    return displacement;
                }
            }

            return -1;
        }

        private static int MaxBucketSize(int[] bucketSizes)
        {
            int max = 0;
            foreach (int size in bucketSizes)
            {
                max = Math.Max(max, size);
            }

            return max;
        }
    }
}
