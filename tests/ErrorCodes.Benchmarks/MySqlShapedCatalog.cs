using System.Globalization;
using System.Text;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// A synthetic catalog shaped like MySQL's server errors, for the <c>printf</c> placeholder style: 936 rows with codes
/// from 1000 up, <c>ER_</c> names, and 529 messages with C printf conversions as MySQL writes them (<c>%-.200s</c>,
/// <c>%-.192s</c>, <c>%-.64s</c>, <c>%s</c>, <c>%d</c>, <c>%u</c>, <c>%lu</c>, <c>%ld</c>, <c>%.*s</c>), one to three
/// per message. The texts are made up; only their shape follows MySQL's table.
/// </summary>
public static class MySqlShapedCatalog
{
    public const int Rows = 936;

    public const int RowsWithPlaceholders = 529;

    public const string Header = "code,name,message";

    /// <summary>Message shapes with conversions, in the mix MySQL's table has (file and table names first, then counts).</summary>
    private static readonly string[] Shapes =
    {
        "Can't create file '%-.200s' (errno: %d - %s)",
        "Table '%-.192s' already exists",
        "Unknown column '%-.192s' in '%-.192s'",
        "Duplicate entry '%-.192s' for key %d",
        "Incorrect database name '%-.100s'",
        "Got error %d from storage engine",
        "Out of memory; needed %lu bytes",
        "Column count doesn't match value count at row %ld",
        "Access denied for user '%-.48s'@'%-.64s'",
        "Unknown system variable '%-.*s'",
        "Too many keys specified; max %d keys allowed",
        "The used command is not allowed with this MySQL version: %s",
        "Thread %u was killed",
        "Can't read dir of '%-.192s' (errno: %d - %s)",
        "Incorrect parameter count in the call to native function '%-.192s'",
        "Error on rename of '%-.210s' to '%-.210s' (errno: %d - %s)",
        "Specified key was too long; max key length is %d bytes",
        "Invalid %s character string: '%.64s'",
        "Lock wait timeout exceeded on table %.*s",
        "Row size too large (> %lu)",
    };

    /// <summary>Every row whose index, spread evenly, lands on one of the 529: row r has placeholders when (r * 529) mod 936 &lt; 529.</summary>
    public static bool HasPlaceholders(int row) => (row * RowsWithPlaceholders) % Rows < RowsWithPlaceholders;

    public static int Code(int row) => 1000 + row;

    public static string Name(int row) => "ER_SYNTHETIC_" + row.ToString(CultureInfo.InvariantCulture);

    public static string Message(int row)
    {
        string number = row.ToString(CultureInfo.InvariantCulture);
        return HasPlaceholders(row)
            ? Shapes[row % Shapes.Length] + " (" + number + ")"
            : "Operation " + number + " is not supported by this server";
    }

    /// <summary>The CSV text of the catalog; messages are quoted, since some contain commas.</summary>
    public static string Create()
    {
        var builder = new StringBuilder(Rows * 80);
        builder.Append(Header).Append('\n');
        for (int row = 0; row < Rows; row++)
        {
            builder.Append(Code(row).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Name(row)).Append(',')
                .Append('"').Append(Message(row).Replace("\"", "\"\"")).Append('"').Append('\n');
        }

        return builder.ToString();
    }
}
