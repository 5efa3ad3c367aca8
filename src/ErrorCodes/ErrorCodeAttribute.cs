using System;

namespace ErrorCodes
{
    /// <summary>
    /// Marks an <see cref="int"/> parameter, property, field or method return (a <see cref="string"/> one for a
    /// string-coded catalog) as holding a code of one catalog, so
    /// the ErrorCodes analyzer checks the constants that flow into it: a number the catalog does not define is
    /// warning EC2001, a defined one written as a bare number is suggestion EC2002, and a code of another catalog is
    /// warning EC2003. The generated <c>IsDefined(int)</c>, <c>TryFromCode(int, out ...)</c>, <c>FromCode(int, ...)</c> and exception
    /// <c>Code</c> carry it already.
    /// </summary>
    /// <example>
    /// <code>
    /// public void Report([ErrorCode(typeof(LiveStationErrorCode))] int code) { }
    /// </code>
    /// </example>
    [AttributeUsage(
        AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.ReturnValue,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class ErrorCodeAttribute : Attribute
    {
        /// <summary>Marks the member as holding a code of the catalog whose generated enum is <paramref name="enumType"/>.</summary>
        /// <param name="enumType">The generated <c>&lt;Domain&gt;ErrorCode</c> enum of the catalog.</param>
        public ErrorCodeAttribute(Type enumType)
        {
            EnumType = enumType;
        }

        /// <summary>The generated <c>&lt;Domain&gt;ErrorCode</c> enum of the catalog.</summary>
        public Type EnumType { get; }
    }
}
