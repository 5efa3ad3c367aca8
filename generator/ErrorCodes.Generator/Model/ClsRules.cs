using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Model
{
    /// <summary>What of one row's generated API must carry <c>[CLSCompliant(false)]</c>.</summary>
    [Flags]
    internal enum ClsMarks
    {
        /// <summary>Nothing: the row's names follow the CLS rules.</summary>
        None = 0,

        /// <summary>The enum member (CS3008: it starts with an underscore; CS3005: it differs from an earlier member only in case).</summary>
        Member = 1,

        /// <summary>The format helper and the exception factory (CS3005: their names differ from an earlier row's only in case).</summary>
        Helpers = 2,
    }

    /// <summary>
    /// Decides which generated names would break a CLS rule in a consumer that declares <c>[assembly: CLSCompliant(true)]</c>,
    /// so that only those are marked and every other name stays usable from any .NET language. A catalog's text can
    /// break two rules: a public name must not start with an underscore (a name that starts with a digit gets one,
    /// EC1009, and the <c>member</c> column can hold one), and two public names of one type must not differ only in
    /// case (two <c>member</c> cells, or two vendor names such as <c>fooBar</c> and <c>foobar</c>). The format helpers
    /// and factories are a fixed prefix plus the member's name, so they clash exactly when their members do; a
    /// helper never starts with an underscore. The first of names that differ only in case keeps its compliance:
    /// the compiler only reports a name that clashes with another compliant one.
    /// </summary>
    internal static class ClsRules
    {
        /// <summary>The marks of each member, in the order the members are declared (the catalog's row order).</summary>
        /// <param name="identifiers">The enum members' identifiers as they are emitted, in declaration order.</param>
        public static ClsMarks[] Decide(IReadOnlyList<string> identifiers)
        {
            var marks = new ClsMarks[identifiers.Count];

            // The compiler compares names without their formatting characters and with Unicode simple case
            // folding; CaseInsensitiveComparison is that comparison.
            var firstByName = new Dictionary<string, int>(CaseInsensitiveComparison.Comparer);
            for (int i = 0; i < identifiers.Count; i++)
            {
                string name = NameConverter.WithoutFormattingCharacters(identifiers[i]);
                if (StartsWithUnderscore(name))
                {
                    marks[i] |= ClsMarks.Member;
                }

                if (firstByName.TryGetValue(name, out int first))
                {
                    // The same name in another spelling of case only; an exact repeat is a conflict the model reports.
                    if (!string.Equals(NameConverter.WithoutFormattingCharacters(identifiers[first]), name, StringComparison.Ordinal))
                    {
                        marks[i] |= ClsMarks.Member | ClsMarks.Helpers;
                    }
                }
                else
                {
                    firstByName.Add(name, i);
                }
            }

            return marks;
        }

        /// <summary>
        /// Whether the domain's types (enum, lookup class, exception, converter) are CLS-compliant. Only a domain set
        /// in the project (the <c>ErrorCodesDomain</c> metadata) can start with an underscore; a domain from a file
        /// name is made of its letters and digits.
        /// </summary>
        public static bool IsCompliantDomain(string domain) => !StartsWithUnderscore(domain);

        private static bool StartsWithUnderscore(string name) => name.Length > 0 && name[0] == '_';
    }
}
