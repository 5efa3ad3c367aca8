using System.Linq;
using System.Text;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ErrorCodes.Tests.Infrastructure.GeneratorProbe;

namespace ErrorCodes.Tests;

/// <summary>
/// The whole message of each catalog diagnostic the hardening issue lists, word for word, with its ID, severity, file
/// and both ends of its span: the other tests check the parts that matter for each case, this one that every message
/// reads as a sentence that names the value and says how to fix it. A catalog is given as lines; a line written
/// "latin1:" is stored as Latin-1 bytes, to make a file that is not UTF-8; a first line "domain:" sets ErrorCodesDomain.
/// </summary>
public class DiagnosticMessageTests
{
    private const string FilePath = "/p/errors.csv";

    [Theory]
    [InlineData("EC1023", "Error", 1, 5, 1, 6, "The catalog 'errors.csv' is not valid UTF-8 text (the bytes here are not UTF-8 and were replaced by U+FFFD), so its texts come out garbled; save the file as UTF-8, with or without a byte-order mark", "code,name", "latin1:1,Caf\u00E9")]
    [InlineData("EC1024", "Error", 1, 1, 1, 2, "The catalog 'errors.csv' is not CSV text: it holds a NUL character, as binary files (a spreadsheet saved as .csv) and UTF-16 files without a byte-order mark do, so it generates nothing; export the table as CSV in UTF-8", "code,name", "1\0\0,A")]
    [InlineData("EC1025", "Warning", 0, 0, 0, 0, "The catalog file 'errors.csv' is empty, so no code is generated for it; write a header row such as 'code,name,message' and one row per error code, or remove the file from AdditionalFiles", "")]
    [InlineData("EC1002", "Error", 0, 0, 0, 12, "The header has no 'code' column; the first row of a catalog must name the columns and include 'code' and 'name'", "name,message", "A,a")]
    [InlineData("EC1003", "Warning", 0, 10, 0, 16, "The column 'mesage' is not a known catalog column and is ignored; did you mean 'message'?", "code,name,mesage", "1,A,a")]
    [InlineData("EC1004", "Error", 1, 0, 1, 10, "The code '2147483648' is not a 32-bit signed integer; write a whole number between -2147483648 and 2147483647", "code,name", "2147483648,A")]
    [InlineData("EC1004", "Error", 1, 0, 1, 3, "The code '1.5' is not a 32-bit signed integer; write a whole number between -2147483648 and 2147483647", "code,name", "1.5,A")]
    [InlineData("EC1005", "Warning", 2, 0, 2, 1, "The code 1 on line 3 is already defined on line 2; mark the repeated row with 'true' in a 'duplicate' column if the vendor really lists it twice, or correct the code", "code,name", "1,A", "1,B")]
    [InlineData("EC1006", "Warning", 2, 2, 2, 5, "The name 'A B' gives the member name 'AB', already used by code 1 on line 2; this row's member is named 'AB_2' instead; set a 'member' column value to choose the name", "code,name", "1,A_B", "2,A B")]
    [InlineData("EC1007", "Error", 1, 2, 1, 2, "The row for code 1 has no name; write the vendor's name in the 'name' column, or a C# identifier in the 'member' column", "code,name", "1,")]
    [InlineData("EC1008", "Error", 1, 2, 1, 5, "The name '???' has no letter or digit to build a C# member name from; set a 'member' column value that is a valid C# identifier", "code,name", "1,???")]
    [InlineData("EC1013", "Error", 1, 4, 1, 9, "The member name 'class' is not a valid C# identifier; use letters, digits and '_', not starting with a digit, not a C# keyword, and not the reserved name value__", "code,name,member", "1,A,class")]
    [InlineData("EC1011", "Error", 2, 4, 2, 5, "The quoted field starting with '\"never closed\\n3,C,c' has no closing quote, so the rest of the file cannot be read; close the quote, and double any quote inside the field (\"\")", "code,name,message", "1,A,a", "2,B,\"never closed", "3,C,c")]
    [InlineData("EC1010", "Error", 1, 0, 1, 7, "The row '1,A,x,y' has 4 fields but the header has 3; quote fields that contain commas (\"a, b\") and give every row one field per column", "code,name,message", "1,A,x,y")]
    [InlineData("EC1010", "Error", 1, 0, 1, 3, "The row '1,A' has 2 fields but the header has 3; quote fields that contain commas (\"a, b\") and give every row one field per column", "code,name,message", "1,A")]
    [InlineData("EC1027", "Warning", 1, 8, 1, 10, "The message text has '{0', which looks like a placeholder but is not one (a brace that is never closed), so it is shown as written and no argument fills it; close the placeholder with }", "code,name,message", "1,A,Bad {0 x")]
    [InlineData("EC1027", "Warning", 1, 9, 1, 13, "The message text has '{ 0}', which looks like a placeholder but is not one (spaces inside the braces), so it is shown as written and no argument fills it; remove the spaces", "code,name,message", "1,A,User { 0}")]
    [InlineData("EC1022", "Warning", 1, 4, 1, 15, "The message text has a gap in its placeholders: placeholder {1} is missing below {2}; number the placeholders from {0} without a gap; until then this row gets no format helper", "code,name,message", "1,A,{0} and {2}")]
    [InlineData("EC1034", "Warning", 1, 13, 1, 20, "The message text has '{count}': the message mixes numbered placeholders ({0}) and named ones ({name}), so this row gets no format helper; use names for all of them, or numbers for all of them", "code,name,message", "1,A,User {0} {count}")]
    [InlineData("EC1035", "Warning", 1, 4, 1, 30, "The message text has no placeholder in the dotnet style but reads as the printf style, so it is shown as written and gets no format helper; if the file is written in that style, set ErrorCodesPlaceholderStyle=\"printf\" on its AdditionalFiles item", "code,name,message", "1,A,Can't create '%-.200s' now")]
    [InlineData("EC1021", "Warning", 1, 10, 1, 17, "The 'message.ko' text uses the placeholders {0}, {1} but the neutral message uses {0}; format helpers fill only the neutral message's placeholders, so give every language the same ones", "code,name,message,message.ko", "1,A,a {0},{0} {1}")]
    [InlineData("EC1031", "Warning", 1, 2, 1, 12, "The member name 'ErrorCodes' gives the method 'FormatErrorCodes', which is the name of the generated type that would declare it, so this row gets no format helper; set a 'member' column value to choose another name", "domain:Format", "code,name,message", "1,ErrorCodes,Failed {0}")]
    public void Each_catalog_diagnostic_has_its_whole_message_at_its_cell(string id, string severity, int startLine, int startColumn, int endLine, int endColumn, string message, params string[] lines)
    {
        GenerationResult result;
        if (lines[0].StartsWith("domain:", System.StringComparison.Ordinal))
        {
            result = GeneratorHarness.Generate(new[] { new Catalog(FilePath, string.Join("\n", lines.Skip(1)) + "\n", Domain: lines[0].Substring(7)) });
        }
        else
        {
            byte[] bytes = lines.Length == 1 && lines[0].Length == 0
                ? System.Array.Empty<byte>()
                : lines.SelectMany(line => (line.StartsWith("latin1:", System.StringComparison.Ordinal) ? Encoding.Latin1.GetBytes(line.Substring(7)) : Encoding.UTF8.GetBytes(line)).Append((byte)'\n')).ToArray();
            result = Run(new AdditionalText[] { new EncodedAdditionalText(FilePath, bytes) });
        }

        Diagnostic diagnostic = Single(result, id);
        AssertDiagnostic(diagnostic, id, System.Enum.Parse<DiagnosticSeverity>(severity), FilePath, (startLine, startColumn), (endLine, endColumn));
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
