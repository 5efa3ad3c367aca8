using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using ErrorCodes.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>One catalog as the analyzer sees it: its generated enum and the codes the enum defines.</summary>
    internal sealed class CodeDomain
    {
        private readonly Dictionary<int, string> _memberByCode;
        private readonly int[] _sortedCodes;

        // A string-coded catalog's codes, ordinal, and the same codes in the enum's value order for suggestions;
        // null for a numeric catalog, whose codes are the enum's values.
        private readonly Dictionary<string, string>? _memberByText;
        private readonly string[] _texts;

        // What the EC2002 fix needs, made once per member: a project can write the same code as a number hundreds
        // of times, and the enum's display name alone is a walk of its namespaces each time.
        private readonly ConcurrentDictionary<string, ImmutableDictionary<string, string?>> _fixForCast = new ConcurrentDictionary<string, ImmutableDictionary<string, string?>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ImmutableDictionary<string, string?>> _fixForInt = new ConcurrentDictionary<string, ImmutableDictionary<string, string?>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ImmutableDictionary<string, string?>> _fixForText = new ConcurrentDictionary<string, ImmutableDictionary<string, string?>>(StringComparer.Ordinal);
        private string? _enumTypeText;

        private CodeDomain(string name, INamedTypeSymbol enumType, Dictionary<int, string> memberByCode, Dictionary<string, string>? memberByText, string[] texts)
        {
            Name = name;
            EnumType = enumType;
            _memberByCode = memberByCode;
            _memberByText = memberByText;
            _texts = texts;
            _sortedCodes = new int[memberByCode.Count];
            memberByCode.Keys.CopyTo(_sortedCodes, 0);
            Array.Sort(_sortedCodes);
        }

        /// <summary>The domain name, such as <c>LiveStation</c>.</summary>
        public string Name { get; }

        /// <summary>The generated <c>&lt;Domain&gt;ErrorCode</c> enum.</summary>
        public INamedTypeSymbol EnumType { get; }

        /// <summary>The numeric codes; none for a string-coded catalog, whose enum values are not codes.</summary>
        public IEnumerable<int> Codes => _sortedCodes;

        /// <summary>A catalog whose codes are strings (<c>ErrorCodeDomain(..., Codes = ...)</c>): only string constants are its codes.</summary>
        public bool IsStringCoded => _memberByText != null;

        /// <summary>The codes of a string-coded catalog, in the order of their enum values; none for a numeric catalog.</summary>
        public IReadOnlyList<string> Texts => _texts;

        /// <summary>
        /// Reads the enum's members; the first member of a value wins, as in the generated lookups.
        /// <paramref name="codes"/> is the <c>Codes</c> of the enum's <c>ErrorCodeDomain</c>, for a string-coded
        /// catalog: the code on line <c>v</c> belongs to the member of value <c>v</c>.
        /// </summary>
        public static CodeDomain Create(string name, INamedTypeSymbol enumType, CancellationToken cancellationToken, string? codes = null)
        {
            var memberByCode = new Dictionary<int, string>();
            if (!TryReadWrittenCodes(enumType, memberByCode, cancellationToken))
            {
                memberByCode.Clear();
                foreach (ISymbol member in enumType.GetMembers())
                {
                    if (member is IFieldSymbol { HasConstantValue: true } field
                        && TryGetInt32(field.ConstantValue, out int code)
                        && !memberByCode.ContainsKey(code))
                    {
                        memberByCode.Add(code, field.Name);
                    }
                }
            }

            if (codes is null)
            {
                return new CodeDomain(name, enumType, memberByCode, null, Array.Empty<string>());
            }

            // Value v <-> line v. A line without a member (a catalog edited by hand) is left out rather than guessed.
            string[] texts = codes.Split('\n');
            var memberByText = new Dictionary<string, string>(texts.Length, StringComparer.Ordinal);
            var known = new List<string>(texts.Length);
            for (int i = 0; i < texts.Length; i++)
            {
                if (memberByCode.TryGetValue(i + 1, out string? member) && !memberByText.ContainsKey(texts[i]))
                {
                    memberByText.Add(texts[i], member);
                    known.Add(texts[i]);
                }
            }

            return new CodeDomain(name, enumType, new Dictionary<int, string>(), memberByText, known.ToArray());
        }

        /// <summary>
        /// The codes of an enum declared in source with every value written as a number, as the generator writes
        /// them, read from its syntax: asking for the constant value of each of 10,000 members binds them one by
        /// one, which was most of what the analyzer's start cost a project with a large catalog.
        /// </summary>
        private static bool TryReadWrittenCodes(INamedTypeSymbol enumType, Dictionary<int, string> memberByCode, CancellationToken cancellationToken)
        {
            if (enumType.DeclaringSyntaxReferences.Length != 1
                || enumType.EnumUnderlyingType?.SpecialType != SpecialType.System_Int32
                || enumType.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not EnumDeclarationSyntax declaration)
            {
                return false;
            }

            foreach (EnumMemberDeclarationSyntax member in declaration.Members)
            {
                if (member.EqualsValue is null || !SyntaxGate.TryReadNumber(member.EqualsValue.Value, out _, out int code))
                {
                    return false;
                }

                if (!memberByCode.ContainsKey(code))
                {
                    memberByCode.Add(code, member.Identifier.ValueText);
                }
            }

            return true;
        }

        public bool TryGetMember(int code, out string member) => _memberByCode.TryGetValue(code, out member!);

        /// <summary>The member of a string-coded catalog's code, compared ordinally (case and spaces count).</summary>
        public bool TryGetMember(string code, out string member)
        {
            member = null!;
            return _memberByText != null && _memberByText.TryGetValue(code, out member!);
        }

        /// <summary>
        /// The properties of an EC2002 diagnostic for <paramref name="member"/>: the member, the enum's fully
        /// qualified name, and whether the fix must write <c>(int)</c> before it.
        /// </summary>
        public ImmutableDictionary<string, string?> FixProperties(string member, bool needsInt)
            => (needsInt ? _fixForInt : _fixForCast).GetOrAdd(member, name => ImmutableDictionary<string, string?>.Empty
                .Add(CodeUseChecker.MemberProperty, name)
                .Add(CodeUseChecker.EnumTypeProperty, _enumTypeText ??= EnumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                .Add(CodeUseChecker.NeedsIntProperty, needsInt ? "true" : "false"));

        /// <summary>
        /// The properties of an EC2002 diagnostic on a string code: the fix writes the member followed by
        /// <c>.GetCode()</c>.
        /// </summary>
        public ImmutableDictionary<string, string?> TextFixProperties(string member)
            => _fixForText.GetOrAdd(member, name => ImmutableDictionary<string, string?>.Empty
                .Add(CodeUseChecker.MemberProperty, name)
                .Add(CodeUseChecker.EnumTypeProperty, _enumTypeText ??= EnumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                .Add(CodeUseChecker.NeedsIntProperty, "false")
                .Add(CodeUseChecker.GetCodeProperty, "true"));

        /// <summary>
        /// Whether <paramref name="symbol"/> (a member, or a parameter of one) is declared by the generator in this
        /// catalog's lookup class or exception: its own <c>IsDefined("23505")</c> gains nothing from being written
        /// with the member. A type of that name that the project declares itself (with
        /// <c>ErrorCodesExceptions="false"</c>), or the project's own part of a generated partial class, is not: its
        /// marked parameters are value positions like any other.
        /// </summary>
        public bool IsGeneratedMember(ISymbol symbol)
        {
            INamedTypeSymbol? type = symbol.ContainingType;
            if (type == null
                || (type.Name != GeneratedNames.LookupClass(Name) && type.Name != GeneratedNames.Exception(Name))
                || !SymbolEqualityComparer.Default.Equals(type.ContainingNamespace, EnumType.ContainingNamespace))
            {
                return false;
            }

            ISymbol member = symbol is IParameterSymbol ? symbol.ContainingSymbol : symbol;
            if (member.DeclaringSyntaxReferences.IsEmpty)
            {
                // A referenced assembly's type: its parts are one type there, told apart by the generator's attribute.
                return GeneratedCode.HasErrorCodesAttribute(type);
            }

            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax().FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration
                    && GeneratedCode.HasErrorCodesAttribute(declaration))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The enum member as C# would name it: <c>LiveStationErrorCode.ChannelNotFound</c>.</summary>
        public string MemberText(string member) => EnumType.Name + "." + member;

        /// <summary>
        /// The end of an EC2001 message: the defined codes that <paramref name="code"/> is plausibly a typo of (see
        /// <see cref="PlausibleTypos"/>), as a question, or what to do when there is none.
        /// </summary>
        public string Suggestion(int code)
        {
            if (_sortedCodes.Length == 0)
            {
                return "the catalog defines no codes";
            }

            List<int> typos = PlausibleTypos(code);
            if (typos.Count == 0)
            {
                return "no defined code is one typo away; check the number, or add its row to the catalog";
            }

            var described = new List<string>(typos.Count);
            foreach (int typo in typos)
            {
                described.Add(Describe(typo));
            }

            return "did you mean " + string.Join(" or ", described) + "?";
        }

        /// <summary>
        /// At most <see cref="MaxSuggestions"/> defined codes whose decimal text is one edit away from the text of
        /// <paramref name="code"/>: one character replaced, two adjacent characters swapped, or one character
        /// inserted or deleted (a character is a digit or the minus sign, and the result must be a number as C#
        /// writes it: no leading zero). Nearest in value first, then the smaller. Nearness in value alone suggests
        /// nothing: <c>2147483647</c> sorts next to a catalog's last code <c>8065</c> but is no typo of it.
        /// </summary>
        /// <remarks>
        /// The candidates are made from the unknown code and looked up, about 300 for a ten-digit code, so the cost
        /// does not grow with the catalog: this runs for every reported diagnostic.
        /// </remarks>
        private List<int> PlausibleTypos(int code)
        {
            string text = Text(code);
            var found = new List<int>(MaxSuggestions);
            var candidate = new char[text.Length + 1];
            for (int i = 0; i < text.Length; i++)
            {
                // Replaced: text[i] becomes another character.
                text.CopyTo(0, candidate, 0, text.Length);
                foreach (char c in EditCharacters)
                {
                    if (c != text[i])
                    {
                        candidate[i] = c;
                        Consider(candidate, text.Length, code, found);
                    }
                }

                // Deleted: text[i] is left out.
                text.CopyTo(0, candidate, 0, i);
                text.CopyTo(i + 1, candidate, i, text.Length - i - 1);
                Consider(candidate, text.Length - 1, code, found);

                // Swapped: text[i] and text[i + 1] change places.
                if (i + 1 < text.Length && text[i] != text[i + 1])
                {
                    text.CopyTo(0, candidate, 0, text.Length);
                    candidate[i] = text[i + 1];
                    candidate[i + 1] = text[i];
                    Consider(candidate, text.Length, code, found);
                }
            }

            // Inserted: a character before text[i], or at the end.
            for (int i = 0; i <= text.Length; i++)
            {
                text.CopyTo(0, candidate, 0, i);
                text.CopyTo(i, candidate, i + 1, text.Length - i);
                foreach (char c in EditCharacters)
                {
                    candidate[i] = c;
                    Consider(candidate, text.Length + 1, code, found);
                }
            }

            found.Sort((a, b) =>
            {
                int byDistance = Math.Abs((long)a - code).CompareTo(Math.Abs((long)b - code));
                return byDistance != 0 ? byDistance : a.CompareTo(b);
            });
            if (found.Count > MaxSuggestions)
            {
                found.RemoveRange(MaxSuggestions, found.Count - MaxSuggestions);
            }

            return found;
        }

        /// <summary>
        /// The end of an EC2001 message on a string code: the defined code that differs only in case, or only by
        /// surrounding spaces, or else at most <see cref="MaxSuggestions"/> codes one typo away (one character
        /// replaced, two adjacent swapped, one inserted or deleted), in catalog order.
        /// </summary>
        /// <remarks>A walk of the catalog's codes, done only for a reported diagnostic.</remarks>
        public string Suggestion(string code)
        {
            if (_texts.Length == 0)
            {
                return "the catalog defines no codes";
            }

            foreach (string text in _texts)
            {
                if (string.Equals(text, code, StringComparison.OrdinalIgnoreCase))
                {
                    return "codes are case-sensitive; did you mean " + Describe(text) + "?";
                }
            }

            string trimmed = code.Trim();
            if (trimmed.Length != code.Length && _memberByText!.ContainsKey(trimmed))
            {
                return "codes are not trimmed; did you mean " + Describe(trimmed) + "?";
            }

            var typos = new List<string>(MaxSuggestions);
            foreach (string text in _texts)
            {
                if (IsOneEditApart(code, text))
                {
                    typos.Add(Describe(text));
                    if (typos.Count == MaxSuggestions)
                    {
                        break;
                    }
                }
            }

            return typos.Count == 0
                ? "no defined code is one typo away; check the code, or add its row to the catalog"
                : "did you mean " + string.Join(" or ", typos) + "?";
        }

        /// <summary>A string code as C# writes it, in quotes and escaped: <c>"42P01"</c>.</summary>
        public static string Quoted(string code) => SymbolDisplay.FormatLiteral(code, quote: true);

        /// <summary>The code quoted, with its member unless the member is the code itself (AWS's <c>ThrottlingException</c>).</summary>
        private string Describe(string code)
        {
            string member = _memberByText![code];
            return string.Equals(member, code, StringComparison.Ordinal) ? Quoted(code) : Quoted(code) + " (" + member + ")";
        }

        /// <summary>One character replaced, two adjacent characters swapped, or one character inserted or deleted (ordinal).</summary>
        internal static bool IsOneEditApart(string a, string b)
        {
            if (a.Length == b.Length)
            {
                int first = -1;
                int differences = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    if (a[i] != b[i])
                    {
                        differences++;
                        first = first < 0 ? i : first;
                    }
                }

                return differences == 1
                    || (differences == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[first] != b[first]);
            }

            string shorter = a.Length < b.Length ? a : b;
            string longer = a.Length < b.Length ? b : a;
            if (longer.Length - shorter.Length != 1)
            {
                return false;
            }

            int skip = 0;
            while (skip < shorter.Length && shorter[skip] == longer[skip])
            {
                skip++;
            }

            return string.CompareOrdinal(shorter, skip, longer, skip + 1, shorter.Length - skip) == 0;
        }

        /// <summary>The most codes one message suggests.</summary>
        private const int MaxSuggestions = 2;

        private static readonly char[] EditCharacters = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-' };

        private void Consider(char[] candidate, int length, int code, List<int> found)
        {
            if (TryParseCode(candidate, length, out int value) && value != code && _memberByCode.ContainsKey(value) && !found.Contains(value))
            {
                found.Add(value);
            }
        }

        /// <summary>A code written as C# writes an int: an optional minus, then digits without a leading zero; no -0.</summary>
        private static bool TryParseCode(char[] text, int length, out int value)
        {
            value = 0;
            int start = length > 0 && text[0] == '-' ? 1 : 0;
            if (length == start || (text[start] == '0' && (length - start > 1 || start == 1)))
            {
                return false;
            }

            long number = 0;
            for (int i = start; i < length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                number = number * 10 + (c - '0');
                if (number > 1L + int.MaxValue)
                {
                    return false;
                }
            }

            number = start == 1 ? -number : number;
            if (number > int.MaxValue)
            {
                return false;
            }

            value = (int)number;
            return true;
        }

        private string Describe(int code) => Text(code) + " (" + _memberByCode[code] + ")";

        public static string Text(int code) => code.ToString(CultureInfo.InvariantCulture);

        /// <summary>A constant of any integer type whose value fits an <see cref="int"/>.</summary>
        public static bool TryGetInt32(object? value, out int code)
        {
            switch (value)
            {
                case int i:
                    code = i;
                    return true;
                case short s:
                    code = s;
                    return true;
                case ushort us:
                    code = us;
                    return true;
                case sbyte sb:
                    code = sb;
                    return true;
                case byte b:
                    code = b;
                    return true;
                case long l when l >= int.MinValue && l <= int.MaxValue:
                    code = (int)l;
                    return true;
                case uint ui when ui <= int.MaxValue:
                    code = (int)ui;
                    return true;
                case ulong ul when ul <= int.MaxValue:
                    code = (int)ul;
                    return true;
                default:
                    code = 0;
                    return false;
            }
        }
    }
}
