using System.Globalization;
using System.Text;

namespace ErrorCodes.Benchmarks;

/// <summary>
/// Synthetic catalogs shaped like a real vendor table: a name, a message and a description on every row, a
/// category per hundred rows, and one row in six with placeholders (Live Station has 33 of 211).
/// </summary>
public static class SyntheticCatalog
{
    public const string Header = "code,name,message,description,category";

    /// <summary>The code of row <paramref name="row"/>: consecutive from 1 when dense, else spread out with gaps.</summary>
    public static int Code(int row, bool dense) => dense ? row + 1 : 100_000 + (row * 7) + (row % 3);

    /// <summary>The vendor name of a row; it derives the member <c>ErrorNumber{row}</c>.</summary>
    public static string Name(int row) => "ERROR_NUMBER_" + row.ToString(CultureInfo.InvariantCulture);

    public static string Member(int row) => "ErrorNumber" + row.ToString(CultureInfo.InvariantCulture);

    public static bool HasPlaceholders(int row) => row % 6 == 1;

    public static string Message(int row) => Message(row, HasPlaceholders(row));

    /// <summary>A row's message, with two placeholders or none.</summary>
    public static string Message(int row, bool placeholders)
    {
        string number = row.ToString(CultureInfo.InvariantCulture);
        return placeholders
            ? "Item {0} of request " + number + " failed with status {1}."
            : "Operation " + number + " failed.";
    }

    /// <summary>The row's code in a string-coded catalog: a vendor-style code of letters and digits (<c>E186A0</c>).</summary>
    public static string StringCode(int row) => "E" + Code(row, dense: false).ToString("X", CultureInfo.InvariantCulture);

    /// <summary>
    /// The CSV text of a catalog of <paramref name="rows"/> rows; with <paramref name="everyRowFormatted"/>, every
    /// message has two placeholders (the worst case for the consumer's compiler: a format helper on every row); with
    /// <paramref name="stringCodes"/>, codes such as <c>E186A0</c>.
    /// </summary>
    public static string Create(int rows, bool dense, bool everyRowFormatted = false, bool stringCodes = false)
    {
        var builder = new StringBuilder(rows * 110);
        builder.Append(Header).Append('\n');
        for (int row = 0; row < rows; row++)
        {
            string number = row.ToString(CultureInfo.InvariantCulture);
            builder.Append(stringCodes ? StringCode(row) : Code(row, dense).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Name(row)).Append(',')
                .Append(Message(row, everyRowFormatted || HasPlaceholders(row))).Append(',')
                .Append("Description of error ").Append(number).Append(" as the vendor documents it.").Append(',')
                .Append("Group ").Append((row / 100).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return builder.ToString();
    }
}
