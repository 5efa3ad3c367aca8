using System.Linq;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The metadata inferred from the vendors' words (definitions/README.md says which words), as the generated code of
/// the seed catalogs reports it, and the unknown-code path on a real catalog.
/// </summary>
public class SeedMetadataTests
{
    [Theory]
    [InlineData(200, 200)]
    [InlineData(406, 406)]
    [InlineData(473, 473)]
    [InlineData(500, 500)]
    [InlineData(1001, null)]
    [InlineData(9999, null)]
    public void Game_platform_three_digit_codes_carry_their_http_status(int code, int? expected)
    {
        GeneratedDomain domain = SeedCatalogs.Generated("game-platform.csv");
        Assert.Equal(expected, domain.GetHttpStatus(domain.Value(code)));
    }

    [Fact]
    public void Game_platform_success_is_info_and_nothing_else_has_a_severity()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("game-platform.csv");
        Assert.Equal(ErrorSeverity.Info, domain.GetSeverity(domain.Value(200)));
        Assert.All(domain.All.Where(v => (int)v != 200), v => Assert.Null(domain.GetSeverity(v)));
    }

    [Fact]
    public void Stage_codes_are_errors_and_only_stage_at_capacity_is_retryable()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("stage.csv");
        Assert.All(domain.All, v => Assert.Equal(ErrorSeverity.Error, domain.GetSeverity(v)));
        Assert.Equal(new[] { 6 }, domain.All.Where(domain.IsRetryable).Select(v => (int)v).ToArray());
    }

    [Fact]
    public void Live_commerce_player_sections_become_exception_types()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("live-commerce-player.csv");
        Assert.Equal("LiveCommercePlayerConnectionException", domain.FromCode(-500, null).GetType().Name);
        Assert.Equal("LiveCommercePlayerBroadcastEnteranceException", domain.FromCode(-710, null).GetType().Name);
        Assert.Equal("LiveCommercePlayerOnAirException", domain.FromCode(-411, null).GetType().Name);
        Assert.Equal("LiveCommercePlayerEtcException", domain.FromCode(9001, null).GetType().Name);
        Assert.Equal("LiveCommercePlayerException", domain.FromCode(-1, null).GetType().Name);
    }

    [Fact]
    public void Live_station_from_code_keeps_known_and_unknown_codes_as_the_readme_shows()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("live-station.csv");

        ErrorCodeException known = domain.FromCode(250100, null);
        Assert.Equal((true, 250100, "CHANNEL_NOT_FOUND", "Channel is not found"), (known.IsKnown, known.Code, known.ErrorName, known.Message));
        Assert.Equal("ChannelNotFound", domain.Property(known, "ErrorCode")!.ToString());

        ErrorCodeException filled = domain.FromCode(250002, "channelName: invalid value.");
        Assert.Equal((true, "channelName: invalid value."), (filled.IsKnown, filled.Message));

        ErrorCodeException unknown = domain.FromCode(259999, "Quota exceeded");
        Assert.Equal((false, 259999, "259999", "Quota exceeded", "LiveStation"), (unknown.IsKnown, unknown.Code, unknown.ErrorName, unknown.Message, unknown.Domain));
        Assert.Equal(259999, (int)domain.Property(unknown, "ErrorCode")!);

        ErrorCodeException silent = domain.FromCode(259999, "");
        Assert.Equal("The LiveStation catalog does not define the error code 259999.", silent.Message);
    }
}
