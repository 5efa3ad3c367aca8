using System.Text;

namespace ErrorCodes.Generator.Model
{
    /// <summary>Which of a row's generated methods it cannot have because the method's name is taken.</summary>
    internal enum LostHelpers
    {
        /// <summary>The row gets every method its message calls for.</summary>
        None,

        /// <summary><c>Create&lt;Member&gt;</c> would be the name of the exception type that declares it.</summary>
        Factory,

        /// <summary>
        /// <c>Format&lt;Member&gt;</c> would be the name of the lookup class that declares it; the factory goes too,
        /// because it fills its message through the helper.
        /// </summary>
        FormatHelperAndFactory,
    }

    /// <summary>
    /// The names the emitter gives a domain's types and a row's methods, in one place, so that the catalog builder can
    /// report a name the compiler would refuse before the emitter writes it.
    /// </summary>
    internal static class GeneratedNames
    {
        /// <summary>The longest name .NET metadata holds, in UTF-8 bytes; for a type, with its namespace and the dot.</summary>
        public const int MetadataNameLimit = 1023;

        public const string FormatHelperPrefix = "Format";

        public const string FactoryPrefix = "Create";

        /// <summary>The longest of <see cref="DomainModel.TypeSuffixes"/>, which decides whether a domain's type names fit.</summary>
        public const string LongestTypeSuffix = "ErrorCodeJsonConverter";

        public const string LookupClassSuffix = "ErrorCodes";

        public const string ExceptionSuffix = "Exception";

        public static string LookupClass(string domain) => domain + LookupClassSuffix;

        public static string Exception(string domain) => domain + ExceptionSuffix;

        public static string FormatHelper(string identifier) => FormatHelperPrefix + identifier;

        public static string Factory(string identifier) => FactoryPrefix + identifier;

        /// <summary>
        /// C# forbids a member named like its enclosing type (CS0542): in the domain <c>Format</c>, the member
        /// <c>ErrorCodes</c> would get <c>FormatErrorCodes.FormatErrorCodes</c>; in the domain <c>Create</c>, the
        /// member <c>Exception</c> would get <c>CreateException.CreateException</c>. Every other generated member of
        /// those types has a fixed name that neither prefix begins, so this is the only way a helper can collide.
        /// </summary>
        public static LostHelpers Lost(string domain, string identifier)
        {
            // Asked for every row of a catalog: compared in place rather than by building the four names.
            if (SameText(FormatHelperPrefix, identifier, domain, LookupClassSuffix))
            {
                return LostHelpers.FormatHelperAndFactory;
            }

            return SameText(FactoryPrefix, identifier, domain, ExceptionSuffix) ? LostHelpers.Factory : LostHelpers.None;
        }

        /// <summary>Whether <paramref name="a1"/> + <paramref name="a2"/> is the text <paramref name="b1"/> + <paramref name="b2"/>.</summary>
        private static bool SameText(string a1, string a2, string b1, string b2)
        {
            int length = a1.Length + a2.Length;
            if (length != b1.Length + b2.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                char a = i < a1.Length ? a1[i] : a2[i - a1.Length];
                char b = i < b1.Length ? b1[i] : b2[i - b1.Length];
                if (a != b)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether <paramref name="name"/> (a full type name with its namespace, or a member name) fits .NET metadata.</summary>
        public static bool FitsMetadata(string name) => Utf8Length(name) <= MetadataNameLimit;

        public static int Utf8Length(string name) => Encoding.UTF8.GetByteCount(name);

        /// <summary>A domain's type name with its namespace, as metadata stores it.</summary>
        public static string Qualified(string ns, string typeName) => ns.Length == 0 ? typeName : ns + "." + typeName;
    }
}
