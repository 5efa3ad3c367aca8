using System.Linq;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests;

public class SmokeTests
{
    [Fact]
    public void Generated_enum_compiles_and_answers_lookups()
    {
        var assembly = GeneratorHarness.CompileAndLoad(new[]
        {
            Catalog.Csv("/p/live-station.csv", "code,name,message", "250100,CHANNEL_NOT_FOUND,Channel is not found", "250002,INVALID_FORMAT,{0}: invalid value."),
        });

        var codes = assembly.GetType("TestApp.LiveStationErrorCodes")!;
        Assert.Equal(true, codes.GetMethod("IsDefined", new[] { typeof(int) })!.Invoke(null, new object[] { 250100 }));
        Assert.Equal(false, codes.GetMethod("IsDefined", new[] { typeof(int) })!.Invoke(null, new object[] { 250101 }));
        var format = codes.GetMethod("FormatInvalidFormat")!.MakeGenericMethod(typeof(string));
        Assert.Equal("x: invalid value.", format.Invoke(null, new object[] { "x" }));
    }
}
