using System.Collections.Generic;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>The enum: one member per row, its value the vendor's code, with the row's texts and facts as documentation.</summary>
    internal static class EnumSection
    {
        public static void Write(DomainSpec spec, CodeWriter writer)
        {
            if (spec.IsStringCoded)
            {
                // The analyzer reads the codes from this attribute, in source and in a referenced assembly alike.
                writer.Summary("The error codes of the " + spec.Domain.Domain + " catalog; the vendor's codes are strings (GetCode), and each value is its code's number in the order the catalog first lists it.");
                writer.Line("[global::ErrorCodes.ErrorCodeDomain(" + Literals.String(spec.Domain.Domain) + StringCodeSection.CodesArgument(spec) + ")]");
            }
            else
            {
                writer.Summary("The error codes of the " + spec.Domain.Domain + " catalog; each member's value is the vendor's code.");
                writer.Line("[global::ErrorCodes.ErrorCodeDomain(" + Literals.String(spec.Domain.Domain) + ")]");
            }

            writer.Line(Fragments.GeneratedCodeAttribute);
            writer.NotClsCompliant(!spec.TypesAreClsCompliant);
            if (spec.HasJsonConverter)
            {
                writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + spec.Names.JsonConverterType + "))]");
            }

            writer.Open(Fragments.TypeAccessibility(spec) + " enum " + spec.Names.Enum);
            foreach (MemberSpec member in spec.Members)
            {
                WriteSummary(member.Row, writer);
                WriteRemarks(spec.Domain, member, writer);
                writer.Obsolete(member);
                writer.NotClsCompliant(member.MemberIsNotClsCompliant);
                writer.StartLine().Append(member.Row.Identifier).Append(" = ").Append(member.Row.Code).Append(',');
                writer.EndLine();
            }

            writer.Close();
        }

        /// <summary>
        /// The summary of one member, written piece by piece into the output: a catalog of 10,000 rows has 10,000 of
        /// these, and building each as a string first was a large part of the emitter's time.
        /// </summary>
        private static void WriteSummary(ErrorMember row, CodeWriter writer)
        {
            TextBuffer line = writer.StartLine().Append("/// <summary>");
            Literals.AppendXmlText(line, row.Name.Length == 0 ? "(no name)" : row.Name);
            if (row.StringCode is null)
            {
                line.Append(" (").Append(row.Code).Append(')');
            }
            else if (!string.Equals(row.StringCode, row.Name, System.StringComparison.Ordinal))
            {
                // A string code that is also the vendor's name (AWS's ThrottlingException) would only repeat it.
                line.Append(" (<c>");
                Literals.AppendXmlText(line, row.StringCode);
                line.Append("</c>)");
            }

            string message = row.NeutralMessage;
            if (message.Length != 0)
            {
                line.Append(": ");
                Literals.AppendXmlText(line, message);
            }

            line.Append("</summary>");
            writer.EndLine();
        }

        /// <summary>
        /// The remarks of one member, on one line: the IDE shows the same paragraphs, and the file is a quarter
        /// shorter. Nothing is written for a row without remarks.
        /// </summary>
        private static void WriteRemarks(DomainModel domain, MemberSpec member, CodeWriter writer)
        {
            ErrorMember row = member.Row;
            TextBuffer? remarks = null;
            if (member.PrimaryIdentifier is not null)
            {
                TextBuffer remark = StartRemark(writer, ref remarks).Append("The catalog lists this code again under another name; lookups by value return the data of ");
                EndRemark(remark, member.PrimaryIdentifier + ".");
            }

            if (row.Description.Length != 0)
            {
                EndRemark(StartRemark(writer, ref remarks), row.Description);
            }

            WriteLocalized(writer, ref remarks, domain.DescriptionCultures, row.LocalizedDescriptions, always: true);
            WriteLocalized(writer, ref remarks, domain.MessageCultures, row.LocalizedMessages, always: row.Message.Length != 0);
            if (row.Category.Length != 0)
            {
                EndRemark(StartRemark(writer, ref remarks).Append("Category: "), row.Category);
            }

            string? facts = Facts(row);
            if (facts is not null)
            {
                EndRemark(StartRemark(writer, ref remarks), facts);
            }

            if (remarks is not null)
            {
                remarks.Append("</remarks>");
                writer.EndLine();
            }
        }

        /// <summary>A remark per localized text, <c>[culture] text</c>; localized messages only beside a neutral one (else the summary shows the first).</summary>
        private static void WriteLocalized(CodeWriter writer, ref TextBuffer? remarks, EquatableArray<string> cultures, EquatableArray<string> texts, bool always)
        {
            if (!always)
            {
                return;
            }

            for (int i = 0; i < cultures.Count; i++)
            {
                if (texts[i].Length != 0)
                {
                    TextBuffer remark = StartRemark(writer, ref remarks).Append('[');
                    Literals.AppendXmlText(remark, cultures[i]);
                    EndRemark(remark.Append("] "), texts[i]);
                }
            }
        }

        /// <summary>Opens the remarks line before the first remark, then starts a remark's paragraph.</summary>
        private static TextBuffer StartRemark(CodeWriter writer, ref TextBuffer? remarks)
        {
            remarks ??= writer.StartLine().Append("/// <remarks>");
            return remarks.Append("<para>");
        }

        /// <summary>Writes the rest of a remark's text, escaped, and ends its paragraph.</summary>
        private static void EndRemark(TextBuffer line, string text)
        {
            Literals.AppendXmlText(line, text);
            line.Append("</para>");
        }

        /// <summary>The row's metadata in one sentence, or null when it has none (rare: built as a string).</summary>
        private static string? Facts(ErrorMember row)
        {
            if (row.HttpStatus == 0 && !row.Retryable && row.Severity == SeverityLevel.None && row.HelpUrl.Length == 0 && !row.IsDeprecated)
            {
                return null;
            }

            var facts = new List<string>();
            if (row.HttpStatus != 0)
            {
                facts.Add("HTTP status " + Literals.Int(row.HttpStatus));
            }

            if (row.Retryable)
            {
                facts.Add("retryable");
            }

            if (row.Severity != SeverityLevel.None)
            {
                facts.Add("severity " + row.Severity.ToString().ToLowerInvariant());
            }

            if (row.HelpUrl.Length != 0)
            {
                facts.Add("help: " + row.HelpUrl);
            }

            if (row.IsDeprecated)
            {
                facts.Add("deprecated: " + row.Deprecation);
            }

            return string.Join("; ", facts) + ".";
        }
    }
}
