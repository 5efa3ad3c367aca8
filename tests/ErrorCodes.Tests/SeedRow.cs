using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;

namespace ErrorCodes.Tests;

/// <summary>
/// One row of a seed catalog as the tests read it, independently of the generator, with CsvHelper's reader.
/// Missing columns read as empty text. The expected API results follow the documented rules.
/// </summary>
internal sealed record SeedRow(
    int Record,
    int Code,
    string CodeText,
    string Name,
    string Member,
    string Message,
    string Description,
    string Category,
    string Duplicate,
    string MessageKo,
    string DescriptionKo)
{
    /// <summary>What <c>GetMessage()</c> returns: the message, else the localized message, else the description, else the name.</summary>
    public string ExpectedMessage => FirstNonEmpty(Message, MessageKo, ExpectedDescription ?? string.Empty, Name);

    /// <summary>What <c>GetDescription()</c> returns: the description, else the localized description, else null.</summary>
    public string? ExpectedDescription => FirstNonEmpty(Description, DescriptionKo) is { Length: > 0 } text ? text : null;

    public string? ExpectedCategory => Category.Length == 0 ? null : Category;

    /// <summary>What <c>GetMessage(ko)</c> returns: the Korean message, else the neutral one.</summary>
    public string ExpectedKoreanMessage => MessageKo.Length != 0 ? MessageKo : ExpectedMessage;

    /// <summary>What <c>GetDescription(ko)</c> returns: the Korean description, else the neutral one.</summary>
    public string? ExpectedKoreanDescription => DescriptionKo.Length != 0 ? DescriptionKo : ExpectedDescription;

    public static IReadOnlyList<SeedRow> Read(string path)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        };

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new InvalidDataException(path + " has no header row.");
        }

        var columns = new HashSet<string>(csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()));
        string Field(string column) => columns.Contains(column) ? csv.GetField(column) ?? string.Empty : string.Empty;

        // A string-coded catalog's value is its code's number in the order of first appearance (README); the same
        // rule, written here again, so the tests do not take it from the generator.
        bool stringCoded = SeedCatalogs.IsStringCoded(Path.GetFileName(path));
        var valueOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<SeedRow>();
        while (csv.Read())
        {
            string code = Field("code");
            if (stringCoded && !valueOf.ContainsKey(code))
            {
                valueOf.Add(code, valueOf.Count + 1);
            }

            rows.Add(new SeedRow(
                csv.Parser.Row,
                stringCoded ? valueOf[code] : int.Parse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                code,
                Field("name"),
                Field("member"),
                Field("message"),
                Field("description"),
                Field("category"),
                Field("duplicate"),
                Field("message.ko"),
                Field("description.ko")));
        }

        return rows;
    }

    public override string ToString() => "record " + Record + " (code " + Code + ", name '" + Name + "')";

    private static string FirstNonEmpty(params string[] texts) => Array.Find(texts, t => t.Length != 0) ?? string.Empty;
}
