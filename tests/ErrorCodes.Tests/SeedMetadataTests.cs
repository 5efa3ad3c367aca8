using System.Collections.Generic;
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
    public void Chat_server_errors_say_retry_so_they_are_retryable_and_nothing_else_is()
    {
        // 서버 에러가 발생했습니다. 재시도 또는 문의 바랍니다. ("A server error occurred. Please retry or contact us.")
        GeneratedDomain domain = SeedCatalogs.Generated("chat.csv");
        Assert.Equal(new[] { 1003, 1004, 1005, 3000 }, domain.All.Where(domain.IsRetryable).Select(v => (int)v).ToArray());
        Assert.Equal(new[] { "InternalServerError" }, domain.All.Where(domain.IsRetryable).Select(domain.GetName).Distinct().ToArray());
    }

    [Fact]
    public void Live_station_success_reports_are_info_and_nothing_else_has_a_severity()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("live-station.csv");
        Assert.Equal(
            new[] { 250013, 250165, 250169 },
            domain.All.Where(v => domain.GetSeverity(v) is not null).Select(v => (int)v).OrderBy(c => c).ToArray());
        Assert.All(new[] { 250013, 250165, 250169 }, code => Assert.Equal(ErrorSeverity.Info, domain.GetSeverity(domain.Value(code))));
    }

    /// <summary>
    /// Each column is filled only where definitions/README.md names the vendor's words for it; any other value in
    /// a seed catalog is an inference nobody wrote down.
    /// </summary>
    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Seed_metadata_is_exactly_what_the_definitions_readme_infers(string fileName)
    {
        GeneratedDomain domain = SeedCatalogs.Generated(fileName);
        var expectedRetryable = new Dictionary<string, int[]>
        {
            ["chat.csv"] = new[] { 1003, 1004, 1005, 3000 },
            ["stage.csv"] = new[] { 6 },
        };
        var expectedSeverities = new Dictionary<string, int[]>
        {
            ["game-platform.csv"] = new[] { 200 },
            ["live-station.csv"] = new[] { 250013, 250165, 250169 },
            ["stage.csv"] = domain.All.Select(v => (int)v).ToArray(),
            // errcodes.txt gives every SQLSTATE a kind: E (error), W (warning) or S (success, info).
            ["postgres-sqlstate.csv"] = domain.All.Select(v => (int)v).ToArray(),
        };

        Assert.Equal(
            expectedRetryable.TryGetValue(fileName, out int[]? retryable) ? retryable.OrderBy(c => c) : Enumerable.Empty<int>(),
            domain.All.Where(domain.IsRetryable).Select(v => (int)v).OrderBy(c => c));
        Assert.Equal(
            expectedSeverities.TryGetValue(fileName, out int[]? severities) ? severities.OrderBy(c => c) : Enumerable.Empty<int>(),
            domain.All.Where(v => domain.GetSeverity(v) is not null).Select(v => (int)v).OrderBy(c => c));
        Assert.Equal(
            fileName == "game-platform.csv" ? domain.All.Select(v => (int)v).Where(c => c < 1000) : Enumerable.Empty<int>(),
            domain.All.Where(v => domain.GetHttpStatus(v) is not null).Select(v => (int)v));
        // Where a status is inferred, it is the code itself (the server answers with the code as its HTTP status).
        Assert.All(domain.All.Where(v => domain.GetHttpStatus(v) is not null), v => Assert.Equal((int)v, domain.GetHttpStatus(v)));
        Assert.All(domain.All, v => Assert.Null(domain.GetHelpUrl(v)));
        Assert.DoesNotContain(domain.EnumType.GetFields(), f => f.IsDefined(typeof(System.ObsoleteAttribute), inherit: false));
    }

    public static TheoryData<string> SeedFiles() => SeedCatalogs.FileNameData();

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
