namespace ErrorCodes.Generator.Model.Placeholders
{
    /// <summary>How a catalog file writes the placeholders of its messages (item metadata <c>ErrorCodesPlaceholderStyle</c>).</summary>
    internal enum PlaceholderStyle
    {
        /// <summary><c>{0}</c>, <c>{name}</c>, <c>{0,5:N2}</c>: .NET composite formatting. The default.</summary>
        DotNet,

        /// <summary><c>%s</c>, <c>%-.200s</c>, <c>%1$d</c>: C printf.</summary>
        Printf,

        /// <summary><c>%1</c>, <c>%2!d!</c>, <c>%%</c>: Windows FormatMessage.</summary>
        Win32,
    }

    internal static class PlaceholderStyles
    {
        /// <summary>The metadata values, as a user writes them.</summary>
        public const string DotNetName = "dotnet";
        public const string PrintfName = "printf";
        public const string Win32Name = "win32";

        /// <summary>Reads the metadata value; an empty or missing value is the default style. Case and surrounding spaces do not matter.</summary>
        public static bool TryParse(string? text, out PlaceholderStyle style)
        {
            string value = (text ?? string.Empty).Trim();
            style = PlaceholderStyle.DotNet;
            if (value.Length == 0 || string.Equals(value, DotNetName, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(value, PrintfName, System.StringComparison.OrdinalIgnoreCase))
            {
                style = PlaceholderStyle.Printf;
                return true;
            }

            if (string.Equals(value, Win32Name, System.StringComparison.OrdinalIgnoreCase))
            {
                style = PlaceholderStyle.Win32;
                return true;
            }

            return false;
        }

        public static string Name(PlaceholderStyle style) => style switch
        {
            PlaceholderStyle.Printf => PrintfName,
            PlaceholderStyle.Win32 => Win32Name,
            _ => DotNetName,
        };
    }
}
