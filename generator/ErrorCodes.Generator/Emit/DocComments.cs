using ErrorCodes.Generator.Model;

namespace ErrorCodes.Generator.Emit
{
    /// <summary>The documentation lines and attributes every section writes, as lines of the writer.</summary>
    internal static class DocComments
    {
        /// <summary>A one-line summary; <paramref name="text"/> is escaped here, so callers pass plain text.</summary>
        public static void Summary(this CodeWriter writer, string text) => writer.Line("/// <summary>" + Literals.XmlText(text) + "</summary>");

        /// <summary>A summary holding trusted XML (cref and the like) written by the emitter itself.</summary>
        public static void SummaryXml(this CodeWriter writer, string xml) => writer.Line("/// <summary>" + xml + "</summary>");

        public static void Param(this CodeWriter writer, string name, string text) => writer.Line("/// <param name=\"" + name + "\">" + text + "</param>");

        public static void Returns(this CodeWriter writer, string text) => writer.Line("/// <returns>" + text + "</returns>");

        /// <summary>[Obsolete] for a deprecated member and for the helpers made for it, so that using any of them warns.</summary>
        public static void Obsolete(this CodeWriter writer, MemberSpec member)
        {
            if (member.Obsolete is not null)
            {
                writer.Line("[global::System.Obsolete(" + Literals.String(member.Obsolete) + ")]");
            }
        }

        /// <summary>
        /// [CLSCompliant(false)] where the spec says a name breaks a CLS rule (<see cref="ClsRules"/>), so that a
        /// consumer that declares itself CLS-compliant still compiles; a file with a mark also silences CS3021.
        /// </summary>
        public static void NotClsCompliant(this CodeWriter writer, bool marked)
        {
            if (marked)
            {
                writer.Line("[global::System.CLSCompliant(false)]");
            }
        }

        /// <summary>
        /// A cref to one of the domain's types, qualified: a bare name in the documentation of a type binds to that
        /// type's own members first, and a format helper or factory can carry the name of another generated type
        /// (<c>FormatErrorCode</c> in the domain <c>Format</c>), which made the link ambiguous (CS0419).
        /// </summary>
        public static string Cref(string qualifiedType) => "<see cref=\"" + qualifiedType + "\"/>";
    }
}
