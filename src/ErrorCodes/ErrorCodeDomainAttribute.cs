using System;

namespace ErrorCodes
{
    /// <summary>
    /// Put by the generator on every generated <c>&lt;Domain&gt;ErrorCode</c> enum, so the ErrorCodes analyzer can tell
    /// catalog enums from other enums and name their domain. Not meant to be written by hand.
    /// </summary>
    [AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
    public sealed class ErrorCodeDomainAttribute : Attribute
    {
        /// <summary>Marks the enum as the codes of the catalog named <paramref name="domain"/>.</summary>
        /// <param name="domain">The domain (catalog) name, such as <c>LiveStation</c>.</param>
        public ErrorCodeDomainAttribute(string domain)
        {
            Domain = domain;
        }

        /// <summary>The domain (catalog) name, such as <c>LiveStation</c>.</summary>
        public string Domain { get; }

        /// <summary>
        /// For a string-coded catalog, its codes in the order of the enum's values, one per line: the member whose
        /// value is <c>v</c> has the code on line <c>v</c> (values start at 1); an empty line is a value no member has
        /// (its rows were dropped for an error). The analyzer reads the codes from here,
        /// in source and in referenced assemblies alike. <see langword="null"/> for a numeric catalog, whose enum
        /// values are the codes themselves. A string rather than an array, because array arguments of attributes are
        /// not CLS-compliant.
        /// </summary>
        public string? Codes { get; set; }
    }
}
