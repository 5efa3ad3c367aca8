using System.Collections.Generic;
using System.Linq;
using System.Text;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// Writes the source of one domain: the enum, the static class of lookups and format helpers, and the exception.
    /// Lookups are static arrays sorted by code with a binary search, not switches: a switch with thousands of
    /// cases costs the consumer's compiler seconds, arrays cost it almost nothing.
    /// </summary>
    internal sealed partial class DomainEmitter
    {
        private static readonly string GeneratedCodeAttribute =
            "[global::System.CodeDom.Compiler.GeneratedCode(\"ErrorCodes\", \"" + GeneratorVersion() + "\")]";

        private readonly DomainModel _domain;
        private readonly EmitSettings _settings;
        private readonly CodeWriter _writer;
        private readonly List<ErrorMember> _primaries;
        private readonly List<ErrorMember> _sortedPrimaries;
        private readonly Dictionary<int, ErrorMember> _primariesByCode;

        /// <summary>The number of format-helper arguments of each member (0: no helper), parsed once for helpers and factories.</summary>
        private readonly int[] _helperArgumentCounts;

        private readonly Dictionary<int, string> _signatures = new Dictionary<int, string>();

        private readonly Dictionary<int, string> _arguments = new Dictionary<int, string>();

        /// <summary>The literal pieces of the format helpers' templates, collected as the helpers are written.</summary>
        private readonly List<string> _formatPieces = new List<string>();

        /// <summary>The numbers of placeholders the format helpers fill, each with its one <c>Fill</c> method.</summary>
        private readonly SortedSet<int> _fillArities = new SortedSet<int>();

        private DomainEmitter(DomainModel domain, EmitSettings settings)
        {
            _domain = domain;
            _settings = settings;
            EnumName = GeneratedNames.Enum(domain.Domain);
            ClassName = GeneratedNames.LookupClass(domain.Domain);
            ExceptionName = GeneratedNames.Exception(domain.Domain);
            JsonConverterName = GeneratedNames.JsonConverter(domain.Domain);
            JsonConverterType = "global::" + Qualify(JsonConverterName);
            ExceptionType = "global::" + Qualify(ExceptionName);
            EnumType = "global::" + Qualify(EnumName);
            ClassType = "global::" + Qualify(ClassName);
            ErrorCodeMarker = "[global::ErrorCodes.ErrorCode(typeof(" + EnumType + "))]";
            _primaries = domain.Members.Where(m => !m.IsAlias).ToList();
            _sortedPrimaries = _primaries.OrderBy(m => m.Code).ToList();
            // Aliases find their primary by code; a search of the list per alias is quadratic in large catalogs.
            _primariesByCode = _primaries.ToDictionary(m => m.Code);
            // A row whose helper would be named like its class gets none; the catalog builder has reported it.
            _helperArgumentCounts = domain.Members
                .Select(m => GeneratedNames.Lost(domain.Domain, m.Identifier) == LostHelpers.FormatHelperAndFactory ? 0 : MessageTemplate.HelperArgumentCount(m.NeutralMessage))
                .ToArray();
            // Not sized for the whole catalog: one buffer of megabytes lands on the large object heap and costs a
            // full collection, while the builder's own chunks stay small.
            _writer = new CodeWriter();
        }

        // The names below go into most lines of a catalog of thousands of rows: made once, not at each use.
        private string EnumName { get; }

        private string ClassName { get; }

        private string ExceptionName { get; }

        private string JsonConverterName { get; }

        private string JsonConverterType { get; }

        private string ExceptionType { get; }

        private string EnumType { get; }

        private string ClassType { get; }

        /// <summary>
        /// A cref to one of the domain's types, qualified: a bare name in the documentation of a type binds to that
        /// type's own members first, and a format helper or factory can carry the name of another generated type
        /// (<c>FormatErrorCode</c> in the domain <c>Format</c>), which made the link ambiguous (CS0419).
        /// </summary>
        private static string Cref(string qualifiedType) => "<see cref=\"" + qualifiedType + "\"/>";

        /// <summary>Marks an int as holding a code of this domain, so the analyzer checks the constants that flow into it.</summary>
        private string ErrorCodeMarker { get; }

        /// <summary><c>string?</c> where nullable annotations are allowed, else <c>string</c>.</summary>
        private string NullableString => _settings.NullableAnnotations ? "string?" : "string";

        /// <summary>The generator's own version, so the attribute says which generator wrote the code.</summary>
        private static string GeneratorVersion()
        {
            System.Version version = typeof(DomainEmitter).Assembly.GetName().Version ?? new System.Version(0, 0, 0);
            return version.ToString(3);
        }

        public static string HintName(DomainModel domain) => domain.QualifiedName + ".ErrorCodes.g.cs";

        public static string Emit(DomainModel domain, EmitSettings settings) => Write(domain, settings).ToString();

        /// <summary>The same text as <see cref="Emit"/>, as the compiler takes it (see <see cref="CodeWriter.ToSourceText"/>).</summary>
        public static Microsoft.CodeAnalysis.Text.SourceText EmitText(DomainModel domain, EmitSettings settings)
            => Write(domain, settings).ToSourceText(Encoding.UTF8);

        private static CodeWriter Write(DomainModel domain, EmitSettings settings)
        {
            var emitter = new DomainEmitter(domain, settings);
            emitter.WriteFile();
            return emitter._writer;
        }

        private string Qualify(string typeName) => _domain.Namespace.Length == 0 ? typeName : _domain.Namespace + "." + typeName;

        private void WriteFile()
        {
            _writer.Line(GeneratedNames.AutoGeneratedLine);
            // The file name is written as an escaped literal: a name can hold characters that end a comment line.
            _writer.Line(GeneratedNames.FileHeader + Literals.String(System.IO.Path.GetFileName(_domain.FilePath)) + ". Edit the catalog, not this file.");
            if (_settings.NullableAnnotations)
            {
                _writer.Line("#nullable enable");
            }

            _writer.Line();
            bool hasNamespace = _domain.Namespace.Length != 0;
            if (hasNamespace)
            {
                _writer.Open("namespace " + _domain.Namespace);
            }

            WriteEnum();
            _writer.Line();
            WriteLookupClass();
            _writer.Line();
            WriteException();
            WriteCategoryExceptions();
            if (_settings.HasSystemTextJson)
            {
                _writer.Line();
                WriteJsonConverter();
            }

            if (hasNamespace)
            {
                _writer.Close();
            }
        }

        private void WriteEnum()
        {
            Summary("The error codes of the " + _domain.Domain + " catalog; each member's value is the vendor's code.");
            _writer.Line("[global::ErrorCodes.ErrorCodeDomain(" + Literals.String(_domain.Domain) + ")]");
            _writer.Line(GeneratedCodeAttribute);
            if (_settings.HasSystemTextJson)
            {
                _writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + JsonConverterType + "))]");
            }

            _writer.Open("public enum " + EnumName);
            foreach (ErrorMember member in _domain.Members)
            {
                WriteMemberDocs(member);
                WriteObsolete(member);
                _writer.StartLine().Append(member.Identifier).Append(" = ").Append(member.Code).Append(',');
                _writer.EndLine();
            }

            _writer.Close();
        }

        /// <summary>
        /// The documentation of one member, written piece by piece into the output: a catalog of 10,000 rows has
        /// 10,000 of these, and building each remark as a string first was a large part of the emitter's time. The
        /// remarks stand on one line: the IDE shows the same paragraphs, and the file is a quarter shorter.
        /// </summary>
        private void WriteMemberDocs(ErrorMember member)
        {
            TextBuffer line = _writer.StartLine().Append("/// <summary>");
            Literals.AppendXmlText(line, member.Name.Length == 0 ? "(no name)" : member.Name);
            line.Append(" (").Append(member.Code).Append(')');
            string message = member.NeutralMessage;
            if (message.Length != 0)
            {
                line.Append(": ");
                Literals.AppendXmlText(line, message);
            }

            line.Append("</summary>");
            _writer.EndLine();

            TextBuffer? remarks = null;
            if (member.IsAlias)
            {
                ErrorMember primary = _primariesByCode[member.Code];
                TextBuffer remark = StartRemark(ref remarks).Append("The catalog lists this code again under another name; lookups by value return the data of ");
                EndRemark(remark, primary.Identifier + ".");
            }

            if (member.Description.Length != 0)
            {
                EndRemark(StartRemark(ref remarks), member.Description);
            }

            for (int i = 0; i < _domain.DescriptionCultures.Count; i++)
            {
                if (member.LocalizedDescriptions[i].Length != 0)
                {
                    TextBuffer remark = StartRemark(ref remarks).Append('[');
                    Literals.AppendXmlText(remark, _domain.DescriptionCultures[i]);
                    EndRemark(remark.Append("] "), member.LocalizedDescriptions[i]);
                }
            }

            for (int i = 0; i < _domain.MessageCultures.Count; i++)
            {
                if (member.LocalizedMessages[i].Length != 0 && member.Message.Length != 0)
                {
                    TextBuffer remark = StartRemark(ref remarks).Append('[');
                    Literals.AppendXmlText(remark, _domain.MessageCultures[i]);
                    EndRemark(remark.Append("] "), member.LocalizedMessages[i]);
                }
            }

            if (member.Category.Length != 0)
            {
                EndRemark(StartRemark(ref remarks).Append("Category: "), member.Category);
            }

            string? facts = Facts(member);
            if (facts is not null)
            {
                EndRemark(StartRemark(ref remarks), facts);
            }

            if (remarks is not null)
            {
                remarks.Append("</remarks>");
                _writer.EndLine();
            }
        }

        /// <summary>Opens the remarks line before the first remark, then starts a remark's paragraph.</summary>
        private TextBuffer StartRemark(ref TextBuffer? remarks)
        {
            remarks ??= _writer.StartLine().Append("/// <remarks>");
            return remarks.Append("<para>");
        }

        /// <summary>Writes the rest of a remark's text, escaped, and ends its paragraph.</summary>
        private static void EndRemark(TextBuffer line, string text)
        {
            Literals.AppendXmlText(line, text);
            line.Append("</para>");
        }

        /// <summary>The row's metadata in one sentence, or null when it has none (rare: built as a string).</summary>
        private static string? Facts(ErrorMember member)
        {
            if (member.HttpStatus == 0 && !member.Retryable && member.Severity == SeverityLevel.None && member.HelpUrl.Length == 0 && !member.IsDeprecated)
            {
                return null;
            }

            var facts = new List<string>();
            if (member.HttpStatus != 0)
            {
                facts.Add("HTTP status " + Literals.Int(member.HttpStatus));
            }

            if (member.Retryable)
            {
                facts.Add("retryable");
            }

            if (member.Severity != SeverityLevel.None)
            {
                facts.Add("severity " + member.Severity.ToString().ToLowerInvariant());
            }

            if (member.HelpUrl.Length != 0)
            {
                facts.Add("help: " + member.HelpUrl);
            }

            if (member.IsDeprecated)
            {
                facts.Add("deprecated: " + member.Deprecation);
            }

            return string.Join("; ", facts) + ".";
        }

        /// <summary>A one-line summary; <paramref name="text"/> is escaped here, so callers pass plain text.</summary>
        private void Summary(string text) => _writer.Line("/// <summary>" + Literals.XmlText(text) + "</summary>");

        /// <summary>A summary holding trusted XML (cref and the like) written by the emitter itself.</summary>
        private void SummaryXml(string xml) => _writer.Line("/// <summary>" + xml + "</summary>");

        private void Param(string name, string text) => _writer.Line("/// <param name=\"" + name + "\">" + text + "</param>");

        private void Returns(string text) => _writer.Line("/// <returns>" + text + "</returns>");
    }
}
