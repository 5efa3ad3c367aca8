using System.IO;
using System.Linq;
using ErrorCodes.Benchmarks;
using ErrorCodes.Generator.Model.Placeholders;
using Xunit;

namespace ErrorCodes.Tests.Placeholders;

public class MySqlShapedCatalogTests
{
    [Fact]
    public void The_catalog_has_MySQLs_size_and_its_printf_messages_parse_cleanly()
    {
        string path = Path.Combine(Path.GetTempPath(), "mysql-shaped-" + System.Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, MySqlShapedCatalog.Create());
        try
        {
            var rows = CatalogCells.Read(path);
            Assert.Equal(MySqlShapedCatalog.Rows, rows.Count);
            Assert.Equal(rows.Count, rows.Select(row => row["code"]).Distinct().Count());
            var parsed = rows.Select(row => PrintfTemplateParser.Parse(row["message"])).ToList();
            Assert.Equal(MySqlShapedCatalog.RowsWithPlaceholders, parsed.Count(message => message.HasHelper));
            Assert.All(parsed, message => Assert.Empty(message.Problems));
            Assert.Contains(parsed, message => message.Parts.Any(part => part.Spec == "%-.200s"));
            Assert.Contains(parsed, message => message.Parts.Any(part => part.Spec == "%-.*s" && part.PrecisionParameter >= 0));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
