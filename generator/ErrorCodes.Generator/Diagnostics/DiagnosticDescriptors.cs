using Microsoft.CodeAnalysis;

namespace ErrorCodes.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic the package reports. IDs are never reused; each is listed in AnalyzerReleases files and in
    /// docs/diagnostics.md, which the help links point at.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "ErrorCodes";
        private const string HelpLinkBase = "https://github.com/errorcodes/errorcodes/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor FileUnreadable = Error(
            "EC1001",
            "Catalog file cannot be read",
            "The catalog file '{0}' cannot be read; check that it exists and is UTF-8 text");

        public static readonly DiagnosticDescriptor MissingRequiredColumn = Error(
            "EC1002",
            "Catalog header lacks a required column",
            "The header has no '{0}' column; the first row of a catalog must name the columns and include 'code' and 'name'");

        public static readonly DiagnosticDescriptor UnknownColumn = Warning(
            "EC1003",
            "Unknown catalog column",
            "The column '{0}' is not a known catalog column and is ignored; {1}");

        public static readonly DiagnosticDescriptor InvalidCode = Error(
            "EC1004",
            "Error code is not a 32-bit integer",
            "The code '{0}' is not a 32-bit signed integer; write a whole number between -2147483648 and 2147483647");

        public static readonly DiagnosticDescriptor DuplicateCode = Warning(
            "EC1005",
            "Code defined more than once",
            "The code {0} on line {1} is already defined on line {2}; mark the repeated row with 'true' in a 'duplicate' column if the vendor really lists it twice, or correct the code");

        public static readonly DiagnosticDescriptor MemberNameCollision = Warning(
            "EC1006",
            "Two codes derive the same member name",
            "The name '{0}' gives the member name '{1}', already used by code {2} on line {3}; this row's member is named '{4}' instead; set a 'member' column value to choose the name");

        public static readonly DiagnosticDescriptor EmptyName = Error(
            "EC1007",
            "Row has no name",
            "The row for code {0} has no name; write the vendor's name in the 'name' column, or a C# identifier in the 'member' column");

        public static readonly DiagnosticDescriptor NameNotIdentifier = Error(
            "EC1008",
            "Name cannot become a C# identifier",
            "The name '{0}' has no letter or digit to build a C# member name from; set a 'member' column value that is a valid C# identifier");

        public static readonly DiagnosticDescriptor NameStartsWithDigit = Warning(
            "EC1009",
            "Member name starts with a digit",
            "The name '{0}' starts with a digit, so its member is named '{1}'; set a 'member' column value to choose the name");

        public static readonly DiagnosticDescriptor WrongFieldCount = Error(
            "EC1010",
            "Row has the wrong number of fields",
            "The row '{0}' has {1} fields but the header has {2}; quote fields that contain commas (\"a, b\") and give every row one field per column");

        public static readonly DiagnosticDescriptor UnterminatedQuote = Error(
            "EC1011",
            "Quoted field is never closed",
            "The quoted field starting with '{0}' has no closing quote, so the rest of the file cannot be read; close the quote, and double any quote inside the field (\"\")");

        public static readonly DiagnosticDescriptor MalformedQuotedField = Error(
            "EC1012",
            "Field has misplaced quotes",
            "The field '{0}' has a quote that is not at its start and end; quote the whole field and double each quote inside it: \"say \"\"hi\"\"\"");

        public static readonly DiagnosticDescriptor InvalidMemberOverride = Error(
            "EC1013",
            "Member column is not a valid C# identifier",
            "The member name '{0}' is not a valid C# identifier; use letters, digits and '_', not starting with a digit, not a C# keyword, and not the reserved name value__");

        public static readonly DiagnosticDescriptor InvalidDomainName = Error(
            "EC1014",
            "Domain name is not a valid C# identifier",
            "The domain name '{0}' cannot name C# types (it must be a C# identifier, and its type names with the namespace must fit in the 1023 bytes of a .NET metadata name); set ErrorCodesDomain=\"Name\" on the AdditionalFiles item, or rename the file");

        public static readonly DiagnosticDescriptor InvalidNamespace = Error(
            "EC1015",
            "Namespace is not valid",
            "The namespace '{0}' is not a valid C# namespace; set ErrorCodesNamespace=\"Company.Product\" on the AdditionalFiles item");

        public static readonly DiagnosticDescriptor DuplicateDomain = Error(
            "EC1016",
            "Two catalogs define the same domain",
            "The domain '{0}' is already defined by '{1}', so this file generates nothing; file names that differ only in case or punctuation ('live-station.csv', 'live_station.csv') give the same domain; set ErrorCodesDomain on one of the AdditionalFiles items to tell them apart");

        public static readonly DiagnosticDescriptor InvalidDuplicateMarker = Warning(
            "EC1017",
            "Duplicate marker is not valid",
            "The duplicate marker '{0}' is neither 'true' nor 'false' nor empty, or marks a code that is not defined on an earlier row; remove it or write 'true' on the repeated row only");

        public static readonly DiagnosticDescriptor InvalidCultureColumn = Warning(
            "EC1018",
            "Localized column has an invalid culture name",
            "The column '{0}' does not end in a culture name such as 'ko' or 'pt-BR' and is ignored");

        public static readonly DiagnosticDescriptor RuntimeMissing = Error(
            "EC1019",
            "ErrorCodes runtime library is not referenced",
            "The generated code needs the ErrorCodes library (ErrorCodes.ErrorCodeException); reference the ErrorCodes package rather than only its analyzer");

        public static readonly DiagnosticDescriptor EmptyCatalog = Warning(
            "EC1020",
            "Catalog has no rows",
            "The catalog '{0}' has no error code rows, so no code is generated for it; add a header row and one row per error code");

        public static readonly DiagnosticDescriptor LocalizedPlaceholdersDiffer = Warning(
            "EC1021",
            "Localized message has other placeholders than the neutral one",
            "The '{0}' text uses the placeholders {1} but the neutral message uses {2}; format helpers fill only the neutral message's placeholders, so give every language the same ones");

        public static readonly DiagnosticDescriptor PlaceholderGap = Warning(
            "EC1022",
            "Message placeholders have a gap",
            "The {0} text has a gap in its placeholders: {1}; {2}");

        public static readonly DiagnosticDescriptor NotUtf8 = Error(
            "EC1023",
            "Catalog file is not UTF-8",
            "The catalog '{0}' is not valid UTF-8 text ({1}), so its texts come out garbled; save the file as UTF-8, with or without a byte-order mark");

        public static readonly DiagnosticDescriptor NotText = Error(
            "EC1024",
            "Catalog file is not CSV text",
            "The catalog '{0}' is not CSV text: it holds a NUL character, as binary files (a spreadsheet saved as .csv) and UTF-16 files without a byte-order mark do, so it generates nothing; export the table as CSV in UTF-8");

        public static readonly DiagnosticDescriptor EmptyFile = Warning(
            "EC1025",
            "Catalog file is empty",
            "The catalog file '{0}' is empty, so no code is generated for it; write a header row such as 'code,name,message' and one row per error code, or remove the file from AdditionalFiles");

        public static readonly DiagnosticDescriptor RepeatedColumn = Warning(
            "EC1026",
            "Column appears twice in the header",
            "The column '{0}' repeats the column '{1}' in field {2} of the header; the first one is used and this one is ignored; remove or rename one of them");

        public static readonly DiagnosticDescriptor MalformedPlaceholder = Warning(
            "EC1027",
            "Message has a malformed placeholder",
            "The {0} text has '{1}', which looks like a placeholder but is not one ({2}), so it is shown as written and no argument fills it; {3}");

        public static readonly DiagnosticDescriptor TypeCollidesWithLibrary = Error(
            "EC1028",
            "Generated type collides with the ErrorCodes library",
            "The domain '{0}' would generate the type '{1}', which the ErrorCodes library already defines, so this file generates nothing; set ErrorCodesDomain or ErrorCodesNamespace on the AdditionalFiles item");

        public static readonly DiagnosticDescriptor FileListedTwice = Warning(
            "EC1029",
            "Catalog file is listed twice",
            "The catalog '{0}' is listed more than once in AdditionalFiles; it generates its code once; remove the repeated AdditionalFiles item");

        public static readonly DiagnosticDescriptor HelperNameTaken = Warning(
            "EC1031",
            "Member name makes a helper named like its type",
            "The member name '{0}' gives the method '{1}', which is the name of the generated type that would declare it, so this row gets no {2}; set a 'member' column value to choose another name");

        public static readonly DiagnosticDescriptor MemberNameTooLong = Error(
            "EC1032",
            "Member name is too long",
            "The member name '{0}' is {1} bytes long in UTF-8, but a .NET metadata name holds at most 1023 bytes and the row's format helper adds 6 ('Format'), so this row is skipped; set a 'member' column value of at most 1017 bytes");

        public static readonly DiagnosticDescriptor UnknownConversion = Warning(
            "EC1033",
            "Message has a conversion its placeholder style does not have",
            "The {0} text has '{1}': {2}; {3}");

        public static readonly DiagnosticDescriptor PlaceholdersConflict = Warning(
            "EC1034",
            "Message placeholders cannot be filled together",
            "The {0} text has '{1}': {2}, so this row gets no format helper; {3}");

        public static readonly DiagnosticDescriptor PlaceholderStyleSuggested = Warning(
            "EC1035",
            "Message looks written in another placeholder style",
            "The {0} text has no placeholder in the {1} style but reads as the {2} style, so it is shown as written and gets no format helper; if the file is written in that style, set ErrorCodesPlaceholderStyle=\"{2}\" on its AdditionalFiles item");

        public static readonly DiagnosticDescriptor InvalidPlaceholderStyle = Warning(
            "EC1036",
            "Placeholder style is not valid",
            "The ErrorCodesPlaceholderStyle '{0}' is not 'dotnet', 'printf' or 'win32', so the file is read in the dotnet style; write one of them");

        public static readonly DiagnosticDescriptor InvalidExceptionsSetting = Warning(
            "EC1037",
            "Exceptions setting is not valid",
            "The ErrorCodesExceptions metadata '{1}' of the catalog '{0}' is neither 'true' nor 'false', so the catalog's exception types are generated; write ErrorCodesExceptions=\"false\" to generate none, or remove it");

        public static readonly DiagnosticDescriptor InvalidJsonConverterSetting = Warning(
            "EC1047",
            "JSON converter setting is not valid",
            "The ErrorCodesJsonConverter metadata '{1}' of the catalog '{0}' is neither 'true' nor 'false', so the catalog's JSON converter is generated where System.Text.Json is referenced; write ErrorCodesJsonConverter=\"false\" to generate none, or remove it");

        public static readonly DiagnosticDescriptor InvalidAccessibilitySetting = Warning(
            "EC1048",
            "Accessibility setting is not valid",
            "The ErrorCodesAccessibility metadata '{1}' of the catalog '{0}' is neither 'public' nor 'internal', so the catalog's types are public; write ErrorCodesAccessibility=\"internal\" to keep them inside the assembly, or remove it");

        public static readonly DiagnosticDescriptor GeneratedTypeDeclared = Error(
            "EC1038",
            "Generated type is already declared",
            "The catalog '{0}' generates '{1}', which your code already declares {2}, so the catalog generates nothing; delete your declaration if the catalog replaces it (a partial class can add members to a generated class), or set ErrorCodesDomain or ErrorCodesNamespace on the catalog's AdditionalFiles item to generate other names");

        public static readonly DiagnosticDescriptor ExceptionTypeDeclared = Warning(
            "EC1039",
            "Exception type is already declared",
            "The catalog '{0}' generates the exception type '{1}', which your code already declares {2}, so the catalog generates no exception types; set ErrorCodesExceptions=\"false\" on the catalog's AdditionalFiles item if the project has exceptions of its own, declare yours 'partial' without a base class to add members to the generated one, or set ErrorCodesDomain to generate other names");

        public static readonly DiagnosticDescriptor InvalidHttpStatus = Warning(
            "EC1040",
            "HTTP status is not valid",
            "The http_status '{0}' is not an HTTP status code from 100 to 599 and is ignored; write a status such as 404, or leave the cell empty");

        public static readonly DiagnosticDescriptor InvalidRetryable = Warning(
            "EC1041",
            "Retryable value is not valid",
            "The retryable value '{0}' is neither 'true' nor 'false' nor empty and is ignored, so the code counts as not retryable; write true or false");

        public static readonly DiagnosticDescriptor InvalidSeverity = Warning(
            "EC1042",
            "Severity is not valid",
            "The severity '{0}' is not 'error', 'warning' or 'info' and is ignored; write one of them, or leave the cell empty");

        public static readonly DiagnosticDescriptor InvalidHelpUrl = Warning(
            "EC1043",
            "Help URL is not valid",
            "The help_url '{0}' is not an absolute http or https URL and is ignored; write a full link such as https://vendor.example/errors/404");

        public static readonly DiagnosticDescriptor InvalidHelpUrlTemplate = Warning(
            "EC1044",
            "Help URL template is not valid",
            "The ErrorCodesHelpUrl template '{0}' {1}, so it is ignored; write an absolute http or https URL in which {{code}} and {{name}} stand for the code and the vendor's name");

        public static readonly DiagnosticDescriptor CategoryWithoutTypeName = Warning(
            "EC1045",
            "Category cannot name an exception type",
            "The category '{0}' {1}, so its codes get no category exception; {2}");

        public static readonly DiagnosticDescriptor CategoryTypeNameShared = Warning(
            "EC1046",
            "Two categories give the same exception type",
            "The category '{0}' gives the exception type '{1}', already given by the category '{2}' on line {3}, so both categories share it; write the category the same way on every row");

        public static readonly DiagnosticDescriptor InvalidCodeType = Error(
            "EC1050",
            "Code type is not valid",
            "The ErrorCodesCodeType metadata '{0}' is not a code type, so the catalog generates nothing; write ErrorCodesCodeType=\"int\" for numeric codes (the default) or ErrorCodesCodeType=\"string\" for codes such as 42P01 or card_declined");

        public static readonly DiagnosticDescriptor EmptyStringCode = Error(
            "EC1051",
            "String code is empty",
            "The row has no code, so it generates nothing; write the vendor's code in the 'code' column");

        public static readonly DiagnosticDescriptor StringCodeWithSpaces = Error(
            "EC1052",
            "String code has surrounding spaces",
            "The code '{0}' starts or ends with white space, which codes are compared with, so the row generates nothing; write the code without the spaces ('{1}')");

        public static readonly DiagnosticDescriptor StringCodeWithControlCharacter = Error(
            "EC1053",
            "String code has a control character",
            "The code '{0}' holds the control character {1}, which no vendor code has, so the row generates nothing; remove it (a line break inside quotes is part of the cell)");

        public static readonly DiagnosticDescriptor CategoryTypeTaken = Warning(
            "EC1030",
            "Category exception type is generated elsewhere",
            "The category '{0}' would get the exception type '{1}', which {2} already generates, so the codes of this category get the catalog's own exception type; set ErrorCodesDomain or ErrorCodesNamespace to tell the catalogs apart, or rename the category");

        public static readonly DiagnosticDescriptor InternalError = Error(
            "EC1099",
            "The generator failed on a catalog",
            "The generator failed while processing this catalog ({0}: {1}); other catalogs are unaffected; please report this with the file");

        // Diagnostics on user code, from ErrorCodeAnalyzer (EC2001-EC2009).

        public static readonly DiagnosticDescriptor UnknownCode = Warning(
            "EC2001",
            "Error code is not defined by its catalog",
            "{0} is not a defined {1} error code; {2}");

        public static readonly DiagnosticDescriptor CodeAsNumber = Create(
            "EC2002",
            "Error code written as a number",
            "{0} is {1}; {2}",
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor CodeOfOtherDomain = Warning(
            "EC2003",
            "Error code of another catalog",
            "{0} is a {1} error code, not a {2} error code; use a code of the {2} catalog here");

        private static DiagnosticDescriptor Error(string id, string title, string message)
            => Create(id, title, message, DiagnosticSeverity.Error);

        private static DiagnosticDescriptor Warning(string id, string title, string message)
            => Create(id, title, message, DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
            => new DiagnosticDescriptor(
                id,
                title,
                message,
                Category,
                severity,
                isEnabledByDefault: true,
                helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
    }
}
