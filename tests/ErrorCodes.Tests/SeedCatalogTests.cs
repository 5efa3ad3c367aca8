using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ErrorCodes.Generator.Model;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// Every row of every seed catalog round-trips through the compiled generated code. The expected values come from
/// reading the CSV in the test (<see cref="SeedRow"/>), not from the generator's model.
/// </summary>
public class SeedCatalogTests
{
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko");
    private static readonly CultureInfo KoreanKorea = CultureInfo.GetCultureInfo("ko-KR");
    private static readonly CultureInfo EnglishUnitedStates = CultureInfo.GetCultureInfo("en-US");

    public static TheoryData<string> SeedFiles => SeedCatalogs.FileNameData();

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_row_round_trips(string fileName)
    {
        GeneratedDomain domain = SeedCatalogs.Generated(fileName);
        IReadOnlyList<SeedRow> rows = SeedRow.Read(SeedCatalogs.PathOf(fileName));
        Assert.NotEmpty(rows);

        var failures = new List<string>();
        void Check<T>(SeedRow row, string what, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                failures.Add(row + ": " + what + " is " + Show(actual) + ", expected " + Show(expected));
            }
        }

        foreach (SeedRow row in rows)
        {
            // A code the catalog lists twice answers every lookup by value with the data of its first row.
            SeedRow first = rows.First(r => r.Code == row.Code);

            bool stringCoded = SeedCatalogs.IsStringCoded(fileName);
            Check(row, "IsDefined(code)", true, stringCoded ? domain.IsDefinedCode(row.CodeText) : domain.IsDefined(row.Code));
            object value;
            bool found = stringCoded ? domain.TryFromCode(row.CodeText, out value) : domain.TryFromCode(row.Code, out value);
            Check(row, "TryFromCode", true, found);
            if (stringCoded)
            {
                Check(row, "GetCode", row.CodeText, domain.GetCode(value));
            }

            Check(row, "TryFromCode's value", row.Code, Convert.ToInt32(value, CultureInfo.InvariantCulture));
            Check(row, "IsDefined(value)", true, domain.IsDefined(value));
            Check(row, "GetName", first.Name, domain.GetName(value));
            Check(row, "GetMessage()", first.ExpectedMessage, domain.GetMessage(value));
            Check(row, "GetDescription()", first.ExpectedDescription, domain.GetDescription(value));
            Check(row, "GetCategory()", first.ExpectedCategory, domain.GetCategory(value));

            string memberName = domain.GetMemberName(value);
            Check(row, "the first enum member with the code", memberName, FirstMemberWithValue(domain, row.Code));
            if (row.Member.Length != 0)
            {
                Check(row, "the value of the member column's member", row.Code, Convert.ToInt32(domain.Member(row.Member), CultureInfo.InvariantCulture));
            }

            Check(row, "GetMessage(ko)", first.ExpectedKoreanMessage, domain.GetMessage(value, Korean));
            Check(row, "GetMessage(ko-KR)", first.ExpectedKoreanMessage, domain.GetMessage(value, KoreanKorea));
            Check(row, "GetMessage(en-US)", first.ExpectedMessage, domain.GetMessage(value, EnglishUnitedStates));
            Check(row, "GetMessage(invariant)", first.ExpectedMessage, domain.GetMessage(value, CultureInfo.InvariantCulture));
            Check(row, "GetDescription(ko)", first.ExpectedKoreanDescription, domain.GetDescription(value, Korean));
            Check(row, "GetDescription(ko-KR)", first.ExpectedKoreanDescription, domain.GetDescription(value, KoreanKorea));
            Check(row, "GetDescription(en-US)", first.ExpectedDescription, domain.GetDescription(value, EnglishUnitedStates));
        }

        Assert.True(failures.Count == 0, fileName + ":\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void All_lists_every_distinct_code_once_in_catalog_order(string fileName)
    {
        GeneratedDomain domain = SeedCatalogs.Generated(fileName);
        int[] expected = SeedRow.Read(SeedCatalogs.PathOf(fileName)).Select(r => r.Code).Distinct().ToArray();

        int[] all = domain.All.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(expected, all);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Domain_is_the_file_name_in_PascalCase(string fileName)
    {
        GeneratedDomain domain = SeedCatalogs.Generated(fileName);

        Assert.Equal(SeedCatalogs.DomainOf(fileName), domain.DomainConstant);
        Assert.Equal(GeneratedNames.Enum(SeedCatalogs.DomainOf(fileName)), domain.EnumType.Name);
        Assert.Equal(typeof(int), Enum.GetUnderlyingType(domain.EnumType));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Unknown_codes_are_rejected(string fileName)
    {
        GeneratedDomain domain = SeedCatalogs.Generated(fileName);
        var defined = new HashSet<int>(SeedRow.Read(SeedCatalogs.PathOf(fileName)).Select(r => r.Code));
        var unknown = new List<int> { int.MinValue, int.MaxValue, 0, -1, defined.Min() - 1, defined.Max() + 1 };
        // A code inside the range that the catalog skips, when there is one.
        unknown.AddRange(Enumerable.Range(defined.Min(), defined.Max() - defined.Min()).Where(c => !defined.Contains(c)).Take(3));

        bool stringCoded = SeedCatalogs.IsStringCoded(fileName);
        foreach (int code in unknown.Where(c => !defined.Contains(c)).Distinct())
        {
            // A string-coded catalog looks codes up by string (StringCodedCatalogTests); its values are checked below as casts.
            if (!stringCoded)
            {
                Assert.False(domain.IsDefined(code), "IsDefined(" + code + ")");
                Assert.False(domain.TryFromCode(code, out object value), "TryFromCode(" + code + ")");
                Assert.Equal(0, Convert.ToInt32(value, CultureInfo.InvariantCulture));
            }

            object cast = domain.Value(code);
            Assert.False(domain.IsDefined(cast), "IsDefined((E)" + code + ")");
            Assert.Equal(code.ToString(CultureInfo.InvariantCulture), domain.GetName(cast));
            Assert.Equal(code.ToString(CultureInfo.InvariantCulture), domain.GetMemberName(cast));
            Assert.Equal(string.Empty, domain.GetMessage(cast));
            Assert.Equal(string.Empty, domain.GetMessage(cast, Korean));
            Assert.Null(domain.GetDescription(cast));
            Assert.Null(domain.GetDescription(cast, Korean));
            Assert.Null(domain.GetCategory(cast));
        }
    }

    [Fact]
    public void Game_platform_406_twice_the_second_name_is_an_alias_that_answers_with_the_first_row()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("game-platform.csv");
        object notExistData = domain.Member("NotExistData");
        object alias = domain.Member("AlreadyUsedIdpAccount");

        Assert.Equal(406, Convert.ToInt32(notExistData, CultureInfo.InvariantCulture));
        Assert.Equal(406, Convert.ToInt32(alias, CultureInfo.InvariantCulture));
        Assert.Equal(2, domain.MemberNames.Count(n => Convert.ToInt32(domain.Member(n), CultureInfo.InvariantCulture) == 406));
        Assert.Equal("NotExistData", domain.GetName(alias));
        Assert.Equal("NotExistData", domain.GetMemberName(alias));
        Assert.StartsWith("The requested data does not exist", domain.GetMessage(alias));
        Assert.Single(domain.All, v => Convert.ToInt32(v, CultureInfo.InvariantCulture) == 406);
    }

    [Fact]
    public void Live_commerce_player_minus_500_in_two_sections_is_one_member_in_its_first_section()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("live-commerce-player.csv");

        string member = Assert.Single(domain.MemberNames, n => Convert.ToInt32(domain.Member(n), CultureInfo.InvariantCulture) == -500);
        Assert.Equal("ServerError", member);
        Assert.Equal("Server Error", domain.GetName(domain.Value(-500)));
        Assert.Equal("Server error.", domain.GetMessage(domain.Value(-500)));
        Assert.Equal("Connection", domain.GetCategory(domain.Value(-500)));
        Assert.Single(domain.All, v => Convert.ToInt32(v, CultureInfo.InvariantCulture) == -500);
    }

    [Fact]
    public void Live_commerce_player_rows_without_a_message_show_their_description()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("live-commerce-player.csv");

        Assert.Equal("ThereIsNoSharedUrl", domain.GetMemberName(domain.Value(9001)));
        Assert.Equal("There is no shared URL.", domain.GetName(domain.Value(9001)));
        Assert.Equal("If there is no URL to share set when you click the Share button, sharing will not be performed.", domain.GetMessage(domain.Value(9001)));
        Assert.Equal("Devices below OS 8 do not support OS PIP.", domain.GetMessage(domain.Value(9500)));
        Assert.Equal("Devices below OS 8 do not support OS PIP.", domain.GetDescription(domain.Value(9500)));
        Assert.Equal("etc", domain.GetCategory(domain.Value(9500)));
    }

    [Fact]
    public void Live_station_250321_without_a_name_is_member_Code250321_with_an_empty_name()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("live-station.csv");
        object member = domain.Member("Code250321");

        Assert.Equal(250321, Convert.ToInt32(member, CultureInfo.InvariantCulture));
        Assert.Equal(string.Empty, domain.GetName(member));
        Assert.Equal("Code250321", domain.GetMemberName(member));
        Assert.Equal("Video bitrate must be greater than or equal to 1", domain.GetMessage(member));
    }

    [Fact]
    public void Live_station_open_api_unauthorized_twice_gives_two_members_with_the_same_vendor_name()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("live-station.csv");
        object first = domain.Member("OpenApiUnauthorized");
        object second = domain.Member("OpenApiUnauthorized250017");

        Assert.Equal(250015, Convert.ToInt32(first, CultureInfo.InvariantCulture));
        Assert.Equal(250017, Convert.ToInt32(second, CultureInfo.InvariantCulture));
        Assert.Equal("OPEN_API_UNAUTHORIZED", domain.GetName(first));
        Assert.Equal("OPEN_API_UNAUTHORIZED", domain.GetName(second));
        Assert.Equal("ACCESS_DENIED", domain.GetMessage(first));
        Assert.Equal("Unauthorized", domain.GetMessage(second));
        Assert.Equal(250016, Convert.ToInt32(domain.Member("InternalServerError"), CultureInfo.InvariantCulture));
        Assert.Equal("INTERNAL_SERVER_ERROR", domain.GetName(domain.Member("InternalServerError")));
    }

    [Fact]
    public void Chat_internal_server_error_four_times_gives_four_members_with_the_same_vendor_name()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("chat.csv");

        var expected = new[] { ("InternalServerError", 1003), ("InternalServerError1004", 1004), ("InternalServerError1005", 1005), ("InternalServerError3000", 3000) };
        foreach ((string member, int code) in expected)
        {
            object value = domain.Member(member);
            Assert.Equal(code, Convert.ToInt32(value, CultureInfo.InvariantCulture));
            Assert.Equal("InternalServerError", domain.GetName(value));
            Assert.Equal(member, domain.GetMemberName(value));
            Assert.Equal("서버 에러가 발생했습니다. 재시도 또는 문의 바랍니다.", domain.GetMessage(value));
        }
    }

    [Fact]
    public void Game_platform_rows_without_message_or_description_show_their_name()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("game-platform.csv");

        Assert.Equal("NotAllowed", domain.GetMessage(domain.Value(483)));
        Assert.Null(domain.GetDescription(domain.Value(483)));
        Assert.Equal("AccountCreationLimit", domain.GetMessage(domain.Value(493)));
    }

    [Fact]
    public void Live_station_multi_line_texts_keep_their_line_breaks()
    {
        GeneratedDomain domain = SeedCatalogs.Generated("live-station.csv");
        IReadOnlyList<SeedRow> rows = SeedRow.Read(SeedCatalogs.PathOf("live-station.csv"));
        SeedRow permissions = rows.Single(r => r.Code == 250010);
        SeedRow channelName = rows.Single(r => r.Code == 250104);

        Assert.StartsWith("We cannot accomplish the task as permissions are not granted for the sub account.\n", permissions.Message.Replace("\r\n", "\n"));
        Assert.Equal(permissions.Message, domain.GetMessage(domain.Value(250010)));
        Assert.Contains('\n', channelName.DescriptionKo);
        Assert.Equal(channelName.DescriptionKo, domain.GetDescription(domain.Value(250104), Korean));
    }

    private static string? FirstMemberWithValue(GeneratedDomain domain, int code)
        => domain.MemberNames.FirstOrDefault(n => Convert.ToInt32(domain.Member(n), CultureInfo.InvariantCulture) == code);

    private static string Show<T>(T value) => value is null ? "null" : "\"" + value + "\"";
}
