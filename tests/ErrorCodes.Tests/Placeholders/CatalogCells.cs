using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;

namespace ErrorCodes.Tests.Placeholders;

/// <summary>Reads a catalog CSV into rows of column name to cell text, for tests that look at its messages.</summary>
internal static class CatalogCells
{
    public static string TestDataPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

    public static List<Dictionary<string, string>> Read(string path)
    {
        var rows = new List<Dictionary<string, string>>();
        using var reader = new StringReader(File.ReadAllText(path));
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        string[]? header = null;
        while (parser.Read())
        {
            string[] record = parser.Record!;
            if (header is null)
            {
                header = record;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i].Trim()] = i < record.Length ? record[i] : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
