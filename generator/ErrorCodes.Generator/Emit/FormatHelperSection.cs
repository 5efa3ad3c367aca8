using System.Collections.Generic;
using System.Linq;
using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>
    /// The format helpers, <c>Format&lt;Member&gt;</c>, and the shared <c>Fill</c> methods they call. Which rows
    /// get a helper, its arity and its call to <c>Fill</c> are the spec's (<see cref="MemberSpec"/>,
    /// <see cref="FillCall"/>); this section only writes them.
    /// </summary>
    internal static class FormatHelperSection
    {
        public static void Write(DomainSpec spec, CodeWriter writer)
        {
            // The helpers are written with nullable annotations off. Their parameters are type parameters or value
            // types and they return a message that is never null, so nothing a caller sees changes, but the
            // consumer's compiler binds a generic method declared in a nullable context at a higher price: for a
            // catalog of 10,000 helpers, about a sixth of its build (docs/benchmarks.md).
            bool annotationsOff = spec.Settings.NullableAnnotations && spec.Members.Any(member => member.HelperArity != 0);
            if (annotationsOff)
            {
                writer.Line();
                writer.Line("#nullable disable");
            }

            foreach (MemberSpec member in spec.Members)
            {
                if (member.HelperArity != 0)
                {
                    WriteHelper(member, writer);
                }
            }

            if (annotationsOff)
            {
                writer.Line();
                writer.Line("#nullable enable");
            }

            foreach (MemberSpec member in spec.Members)
            {
                if (member.HelperArity != 0 && member.HasCultureHelper)
                {
                    WriteCultureHelper(spec, member, writer);
                }
            }
        }

        /// <summary>
        /// One helper, written piece by piece: a catalog of thousands of rows has as many. One summary line per
        /// helper: the template shows which argument fills which placeholder, and a catalog of thousands of rows
        /// would otherwise spend most of its generated file on parameter tags.
        /// </summary>
        private static void WriteHelper(MemberSpec member, CodeWriter writer)
        {
            string identifier = member.Row.Identifier;
            writer.Line();
            TextBuffer summary = writer.StartLine().Append("/// <summary>Fills the message of ");
            Literals.AppendXmlText(summary, identifier);
            summary.Append(", ").Append(HowFilled(member));
            Literals.AppendXmlText(summary, member.Row.NeutralMessage);
            summary.Append("</summary>");
            writer.EndLine();
            writer.Obsolete(member);
            writer.NotClsCompliant(member.HelpersAreNotClsCompliant);
            TextBuffer signature = writer.StartLine().Append("public static string ").Append(GeneratedNames.FormatHelperPrefix).Append(identifier);
            Fragments.AppendSignature(signature, member);
            writer.EndLine();
            FillCall fill = member.Fill;
            TextBuffer body = writer.StartLine().Append("    => ");
            if (fill.IsSoleArgument)
            {
                AppendHoleText(body, member, 0);
                body.Append(';');
            }
            else
            {
                // One short call per helper costs the consumer's compiler a fraction of a body of its own per helper;
                // its type arguments are written out, which spares the compiler inferring them in every helper.
                body.Append("Fill<");
                for (int hole = 0; hole < fill.Arguments.Count; hole++)
                {
                    body.Append(hole == 0 ? string.Empty : ", ").Append(HoleValueType(member, hole));
                }

                body.Append(">(").Append(fill.PiecesStart);
                for (int hole = 0; hole < fill.Arguments.Count; hole++)
                {
                    body.Append(", ");
                    AppendHoleValue(body, member, hole);
                }

                body.Append(");");
            }

            writer.EndLine();
        }

        /// <summary>The words of a helper's summary before its template: which argument fills which placeholder.</summary>
        public static string HowFilled(MemberSpec member)
            => member.NumberedOnly ? "each {N} with argN: " : "each placeholder with the parameter of its name or position: ";

        /// <summary>
        /// What the shared <c>Fill</c> gets for a placeholder: the argument itself when it is written as it is (the
        /// handler formats it without boxing), else the text the style's formatter makes of it.
        /// </summary>
        private static void AppendHoleValue(TextBuffer body, MemberSpec member, int hole)
        {
            FillHole fill = member.Fill.Holes[hole];
            if (fill.Kind == HoleFormat.Plain)
            {
                body.Append(member.Parameters[fill.Parameter].Name);
            }
            else
            {
                AppendHoleText(body, member, hole);
            }
        }

        /// <summary>The type of what <see cref="AppendHoleValue"/> passes: the parameter's own, or the text made of it.</summary>
        private static string HoleValueType(MemberSpec member, int hole)
        {
            FillHole fill = member.Fill.Holes[hole];
            return fill.Kind == HoleFormat.Plain ? member.Parameters[fill.Parameter].Type : "string";
        }

        /// <summary>A placeholder's text: <c>ToText(arg0)</c>, <c>CompositeFormatter.Format(amount, 0, "N2", null)</c>, <c>PrintfFormatter.Format("%-.200s", arg1)</c>.</summary>
        private static void AppendHoleText(TextBuffer body, MemberSpec member, int hole)
        {
            FillHole fill = member.Fill.Holes[hole];
            string value = member.Parameters[fill.Parameter].Name;
            switch (fill.Kind)
            {
                case HoleFormat.Composite:
                    body.Append("global::ErrorCodes.CompositeFormatter.Format(").Append(value).Append(", ").Append(Literals.Int(fill.Alignment)).Append(", ")
                        .Append(fill.Format is null ? "null" : Literals.String(fill.Format)).Append(", null)");
                    break;
                case HoleFormat.Printf:
                    body.Append("global::ErrorCodes.PrintfFormatter.Format(").Append(Literals.String(fill.PrintfSpec ?? "%s"));
                    if (fill.WidthParameter >= 0)
                    {
                        body.Append(", ").Append(member.Parameters[fill.WidthParameter].Name);
                    }

                    if (fill.PrecisionParameter >= 0)
                    {
                        body.Append(", ").Append(member.Parameters[fill.PrecisionParameter].Name);
                    }

                    body.Append(", ").Append(value).Append(')');
                    break;
                default:
                    body.Append("global::ErrorCodes.ErrorMessageFormatter.ToText(").Append(value).Append(')');
                    break;
            }
        }

        /// <summary>The overload for a culture: the culture's localized template and number formats.</summary>
        private static void WriteCultureHelper(DomainSpec spec, MemberSpec member, CodeWriter writer)
        {
            int count = member.HelperArity;
            string identifier = member.Row.Identifier;
            writer.Line();
            writer.SummaryXml(Literals.XmlText("Fills the message of " + identifier + " for a culture, with the culture's localized template and number formats."));
            writer.Param("culture", "The culture of the template and of the arguments' formats; <see langword=\"null\"/> means <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/> for the template and <see cref=\"global::System.Globalization.CultureInfo.CurrentCulture\"/> for the arguments, as resources and <see cref=\"string.Format(string, object[])\"/> do.");
            for (int i = 0; i < count; i++)
            {
                writer.Line("/// <typeparam name=\"T" + i + "\">The type of the value for <c>{" + i + "}</c>.</typeparam>");
            }

            for (int i = 0; i < count; i++)
            {
                writer.Param("arg" + i, "The value for <c>{" + i + "}</c>.");
            }

            writer.Returns("The localized message with each <c>{N}</c> replaced by its argument.");
            writer.Obsolete(member);
            writer.NotClsCompliant(member.HelpersAreNotClsCompliant);
            string parameters = string.Join(", ", Enumerable.Range(0, count).Select(i => "T" + i + " arg" + i));
            writer.Open("public static string " + GeneratedNames.FormatHelper(identifier) + TypeParameters(count) + "(" + Fragments.NullableCulture(spec) + " culture, " + parameters + ")");
            var arguments = Enumerable.Range(0, count).Select(i => "global::ErrorCodes.ErrorMessageFormatter.ToText(arg" + i + ", culture)");
            writer.Line("return global::ErrorCodes.ErrorMessageFormatter.Fill(" + spec.Names.EnumType + "." + identifier + ".GetMessage(culture), " + string.Join(", ", arguments) + ");");
            writer.Close();
        }

        /// <summary>One <c>Fill</c> per number of placeholders the catalog's helpers use (<see cref="DomainSpec.FillArities"/>).</summary>
        public static void WriteFillMethods(DomainSpec spec, CodeWriter writer)
        {
            foreach (int holes in spec.FillArities)
            {
                writer.Line();
                writer.Line("/// <summary>Fills a template of " + Literals.Int(holes) + " placeholder" + (holes == 1 ? string.Empty : "s") + " whose literal pieces start at <paramref name=\"start\"/> in <c>s_formatPieces</c>.</summary>");
                string parameters = string.Join(", ", Enumerable.Range(0, holes).Select(i => "T" + i + " value" + i));
                writer.Open("private static string Fill" + TypeParameters(holes) + "(int start, " + parameters + ")");
                writer.Line("string[] pieces = s_formatPieces;");
                if (spec.Settings.HasInterpolatedStringHandler)
                {
                    WriteHandlerFill(writer, holes);
                }
                else
                {
                    WriteConcatFill(writer, holes);
                }

                writer.Close();
            }
        }

        /// <summary>
        /// What the C# compiler writes for an interpolated string: each value is formatted straight into a stack
        /// buffer (a value type through ISpanFormattable, without boxing or a string of its own), so the message is the
        /// only allocation. The buffer is sized for the usual message, since all of it is cleared on each call; a
        /// longer message makes the handler rent a larger one.
        /// </summary>
        private static void WriteHandlerFill(CodeWriter writer, int holes)
        {
            var literals = new List<string>();
            for (int i = 0; i <= holes; i++)
            {
                literals.Add("pieces[" + PieceIndex(i) + "].Length");
            }

            int guess = 16 * holes;
            writer.Line("int literalLength = " + string.Join(" + ", literals) + ";");
            writer.Line("global::System.Span<char> buffer = stackalloc char[literalLength < " + Literals.Int(256 - guess) + " ? literalLength + " + Literals.Int(guess) + " : 256];");
            writer.Line("var message = new global::System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(literalLength, " + Literals.Int(holes) + ", null, buffer);");
            for (int i = 0; i < holes; i++)
            {
                writer.Line("message.AppendLiteral(pieces[" + PieceIndex(i) + "]);");
                writer.Line("message.AppendFormatted(value" + Literals.Int(i) + ");");
            }

            writer.Line("message.AppendLiteral(pieces[" + PieceIndex(holes) + "]);");
            writer.Line("return message.ToStringAndClear();");
        }

        /// <summary>Without the handler (netstandard2.0): the pieces and the formatted values concatenated.</summary>
        private static void WriteConcatFill(CodeWriter writer, int holes)
        {
            var texts = new List<string>();
            for (int i = 0; i < holes; i++)
            {
                texts.Add("pieces[" + PieceIndex(i) + "]");
                texts.Add("global::ErrorCodes.ErrorMessageFormatter.ToText(value" + Literals.Int(i) + ")");
            }

            texts.Add("pieces[" + PieceIndex(holes) + "]");
            writer.Line(texts.Count <= 4
                ? "return string.Concat(" + string.Join(", ", texts) + ");"
                : "return string.Concat(new string[] { " + string.Join(", ", texts) + " });");
        }

        private static string PieceIndex(int offset) => offset == 0 ? "start" : "start + " + Literals.Int(offset);

        private static string TypeParameters(int count)
            => "<" + string.Join(", ", Enumerable.Range(0, count).Select(i => "T" + i)) + ">";
    }
}
