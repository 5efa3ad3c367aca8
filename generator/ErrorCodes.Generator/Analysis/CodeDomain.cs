using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorCodes.Generator.Analysis
{
    /// <summary>One catalog as the analyzer sees it: its generated enum and the codes the enum defines.</summary>
    internal sealed class CodeDomain
    {
        private readonly Dictionary<int, string> _memberByCode;
        private readonly int[] _sortedCodes;

        // What the EC2002 fix needs, made once per member: a project can write the same code as a number hundreds
        // of times, and the enum's display name alone is a walk of its namespaces each time.
        private readonly ConcurrentDictionary<string, ImmutableDictionary<string, string?>> _fixForCast = new ConcurrentDictionary<string, ImmutableDictionary<string, string?>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ImmutableDictionary<string, string?>> _fixForInt = new ConcurrentDictionary<string, ImmutableDictionary<string, string?>>(StringComparer.Ordinal);
        private string? _enumTypeText;

        private CodeDomain(string name, INamedTypeSymbol enumType, Dictionary<int, string> memberByCode)
        {
            Name = name;
            EnumType = enumType;
            _memberByCode = memberByCode;
            _sortedCodes = new int[memberByCode.Count];
            memberByCode.Keys.CopyTo(_sortedCodes, 0);
            Array.Sort(_sortedCodes);
        }

        /// <summary>The domain name, such as <c>LiveStation</c>.</summary>
        public string Name { get; }

        /// <summary>The generated <c>&lt;Domain&gt;ErrorCode</c> enum.</summary>
        public INamedTypeSymbol EnumType { get; }

        public IEnumerable<int> Codes => _sortedCodes;

        /// <summary>Reads the enum's members; the first member of a value wins, as in the generated lookups.</summary>
        public static CodeDomain Create(string name, INamedTypeSymbol enumType, CancellationToken cancellationToken)
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

            return new CodeDomain(name, enumType, memberByCode);
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

        /// <summary>
        /// The properties of an EC2002 diagnostic for <paramref name="member"/>: the member, the enum's fully
        /// qualified name, and whether the fix must write <c>(int)</c> before it.
        /// </summary>
        public ImmutableDictionary<string, string?> FixProperties(string member, bool needsInt)
            => (needsInt ? _fixForInt : _fixForCast).GetOrAdd(member, name => ImmutableDictionary<string, string?>.Empty
                .Add(CodeUseChecker.MemberProperty, name)
                .Add(CodeUseChecker.EnumTypeProperty, _enumTypeText ??= EnumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                .Add(CodeUseChecker.NeedsIntProperty, needsInt ? "true" : "false"));

        /// <summary>The enum member as C# would name it: <c>LiveStationErrorCode.ChannelNotFound</c>.</summary>
        public string MemberText(string member) => EnumType.Name + "." + member;

        /// <summary>The defined codes on either side of <paramref name="code"/>, as a question for the message.</summary>
        public string Suggestion(int code)
        {
            if (_sortedCodes.Length == 0)
            {
                return "the catalog defines no codes";
            }

            int index = Array.BinarySearch(_sortedCodes, code);
            int insertAt = index >= 0 ? index : ~index;
            var nearest = new List<string>(2);
            if (insertAt > 0)
            {
                nearest.Add(Describe(_sortedCodes[insertAt - 1]));
            }

            if (insertAt < _sortedCodes.Length)
            {
                nearest.Add(Describe(_sortedCodes[insertAt]));
            }

            return "did you mean " + string.Join(" or ", nearest) + "?";
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
