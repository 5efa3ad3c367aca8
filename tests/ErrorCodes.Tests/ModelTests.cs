using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using ErrorCodes.Generator.Model;
using ErrorCodes.Generator.Reading;
using ErrorCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>The model room alone: names, message templates, catalogs and domain conflicts, without compiling anything.</summary>
public class ModelTests
{
    [Theory]
    [InlineData("CHANNEL_NOT_FOUND", "ChannelNotFound")]
    [InlineData("ParamsBindingError", "ParamsBindingError")]
    [InlineData("Authentication Fail", "AuthenticationFail")]
    [InlineData("EPERM", "Eperm")]
    [InlineData("Customer Account Not Found", "CustomerAccountNotFound")]
    [InlineData("Unsupported OS version to use OS PIP mode.", "UnsupportedOsVersionToUseOsPipMode")]
    [InlineData("Guest Login is Not Allowed", "GuestLoginIsNotAllowed")]
    [InlineData("CODEC_MISMATCH", "CodecMismatch")]
    [InlineData("camelCase-name", "CamelCaseName")]
    [InlineData("HTTP2_ERROR", "Http2Error")]
    [InlineData("3G_FAILED", "3gFailed")]
    [InlineData("live-station", "LiveStation")]
    [InlineData("  leading and trailing  ", "LeadingAndTrailing")]
    [InlineData("a.b/c\\d:e", "ABCDE")]
    [InlineData("에러 발생", "에러발생")]
    [InlineData("名前", "名前")]
    [InlineData("???", "")]
    [InlineData("", "")]
    public void Vendor_names_become_PascalCase_member_names(string name, string expected)
    {
        Assert.Equal(expected, NameConverter.ToPascalCase(name));
    }

    [Theory]
    [InlineData("INVALID_ID", "InvalidId")]
    [InlineData("id_info", "IdInfo")]
    [InlineData("FILE IS MISSING", "FileIsMissing")]
    [InlineData("istanbul_IZMIR", "IstanbulIzmir")]
    public void Name_conversion_does_not_depend_on_the_Turkish_culture(string name, string expected)
    {
        using (new CultureScope(new CultureInfo("tr-TR"), new CultureInfo("tr-TR")))
        {
            Assert.Equal(expected, NameConverter.ToPascalCase(name));
        }
    }

    [Theory]
    [InlineData("Class", true)]
    [InlineData("_3gFailed", true)]
    [InlineData("에러발생", true)]
    [InlineData("class", false)]
    [InlineData("int", false)]
    [InlineData("@class", false)]
    [InlineData("1abc", false)]
    [InlineData("a b", false)]
    [InlineData("a-b", false)]
    [InlineData("", false)]
    public void Identifiers_are_valid_only_when_CSharp_accepts_them_unescaped(string identifier, bool valid)
    {
        Assert.Equal(valid, NameConverter.IsValidIdentifier(identifier));
    }

    [Theory]
    [InlineData("Company.Product", true)]
    [InlineData("Seeds", true)]
    [InlineData("A..B", false)]
    [InlineData(".A", false)]
    [InlineData("A.", false)]
    [InlineData("A.class", false)]
    [InlineData("A B", false)]
    [InlineData("", false)]
    public void Namespaces_are_dotted_identifiers(string name, bool valid)
    {
        Assert.Equal(valid, NameConverter.IsValidNamespace(name));
    }

    private static CatalogResult Build(string path, string text, CatalogSettings? settings = null)
        => CatalogBuilder.Build(
            CsvTableReader.Read(path, SourceText.From(text), CancellationToken.None),
            settings ?? new CatalogSettings(null, null, "TestApp"));

    [Fact]
    public void Catalog_becomes_a_domain_with_members_in_file_order()
    {
        CatalogResult result = Build(
            "/p/live-station.csv",
            "Name,CODE,Message,description,category\nCHANNEL_NOT_FOUND,250100,Channel is not found,Long text,Channel\nINVALID_FORMAT,250002,{0}: invalid value.,,\n");

        Assert.Empty(result.Diagnostics);
        DomainModel domain = result.Domain!;
        Assert.Equal(("LiveStation", "TestApp", "TestApp.LiveStation", "/p/live-station.csv"), (domain.Domain, domain.Namespace, domain.QualifiedName, domain.FilePath));
        Assert.Equal(new[] { "ChannelNotFound", "InvalidFormat" }, domain.Members.Select(m => m.Identifier).ToArray());

        ErrorMember first = domain.Members[0];
        Assert.Equal(
            (250100, "CHANNEL_NOT_FOUND", "Channel is not found", "Long text", "Channel", false, 2),
            (first.Code, first.Name, first.Message, first.Description, first.Category, first.IsAlias, first.LineNumber));
        Assert.Equal(string.Empty, domain.Members[1].Description);
    }

    [Fact]
    public void Display_message_falls_back_to_the_description_then_to_the_name()
    {
        CatalogResult result = Build("/p/a.csv", "code,name,message,description\n1,A,msg,desc\n2,B,,desc only\n3,C,,\n");

        Assert.Equal(new[] { "msg", "desc only", "C" }, result.Domain!.Members.Select(m => m.DisplayMessage).ToArray());
    }

    [Fact]
    public void Catalog_with_only_localized_messages_uses_the_first_localized_column_as_neutral()
    {
        CatalogResult result = Build("/p/chat.csv", "code,name,message.ko,message.ja,description.ko\n1001,ParamsBindingError,잘못된 파라미터,パラメータ,설명\n1002,Other,,ja only,\n");

        DomainModel domain = result.Domain!;
        Assert.Equal(new[] { "ko", "ja" }, domain.MessageCultures.ToArray());
        Assert.Equal(new[] { "ko" }, domain.DescriptionCultures.ToArray());
        Assert.Equal("잘못된 파라미터", domain.Members[0].NeutralMessage);
        Assert.Equal("ja only", domain.Members[1].NeutralMessage);
        Assert.Equal("설명", domain.Members[0].NeutralDescription);
    }

    [Fact]
    public void A_culture_repeated_in_another_case_counts_once()
    {
        CatalogResult result = Build("/p/a.csv", "code,name,message.ko,MESSAGE.KO\n1,A,first,second\n");

        Assert.Equal(new[] { "ko" }, result.Domain!.MessageCultures.ToArray());
        Assert.Equal(new[] { "first" }, result.Domain.Members[0].LocalizedMessages.ToArray());
    }

    [Fact]
    public void Intended_duplicate_under_another_name_is_an_alias_and_under_the_same_name_is_merged()
    {
        CatalogResult result = Build("/p/a.csv", "code,name,category,duplicate\n406,NotAcceptable,A,\n406,NOT_ACCEPTABLE_AGAIN,B,true\n406,NotAcceptable,C,true\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new[] { ("NotAcceptable", false), ("NotAcceptableAgain", true) },
            result.Domain!.Members.Select(m => (m.Identifier, m.IsAlias)).ToArray());
    }

    [Theory]
    [InlineData(null, null, "Root", "A", "Root")]
    [InlineData("Custom", null, "Root", "Custom", "Root")]
    [InlineData(null, "Company.Product", "Root", "A", "Company.Product")]
    [InlineData(null, null, null, "A", "")]
    [InlineData(" Padded ", " Company.Product ", null, "Padded", "Company.Product")]
    public void Domain_and_namespace_come_from_metadata_else_the_file_name_and_root_namespace(
        string? domainOverride, string? namespaceOverride, string? rootNamespace, string domain, string ns)
    {
        CatalogResult result = Build("/p/a.csv", "code,name\n1,A\n", new CatalogSettings(domainOverride, namespaceOverride, rootNamespace));

        Assert.Empty(result.Diagnostics);
        Assert.Equal((domain, ns), (result.Domain!.Domain, result.Domain.Namespace));
    }

    [Fact]
    public void Building_the_same_table_twice_gives_equal_results()
    {
        const string text = "code,name,message.ko,duplicate\n1,A,a,\n1,B,b,true\nx,C,c,\n";

        Assert.Equal(Build("/p/a.csv", text), Build("/p/a.csv", text));
        Assert.NotEqual(Build("/p/a.csv", text), Build("/p/a.csv", text.Replace("a,", "changed,")));
    }

    [Fact]
    public void The_ordinally_first_path_wins_a_domain_whatever_the_order_of_the_claims()
    {
        var claims = new[]
        {
            new DomainClaim("N.Errors", "/p/c/errors.csv"),
            new DomainClaim("N.Other", "/p/other.csv"),
            new DomainClaim("N.ERRORS", "/p/B/errors.csv"),
            new DomainClaim("N.Errors", "/p/a/errors.csv"),
        };

        DomainConflicts forward = DomainConflicts.From(claims.ToImmutableArray());
        DomainConflicts backward = DomainConflicts.From(claims.Reverse().ToImmutableArray());

        Assert.Equal(forward, backward);
        // Ordinal order puts upper-case letters first: "/p/B/..." sorts before "/p/a/...".
        Assert.Equal(
            new[] { ("/p/a/errors.csv", "/p/B/errors.csv"), ("/p/c/errors.csv", "/p/B/errors.csv") },
            forward.Conflicts.Select(c => (c.FilePath, c.ClaimedBy)).ToArray());
        Assert.False(forward.Loses("/p/B/errors.csv"));
        Assert.False(forward.Loses("/p/other.csv"));
        Assert.True(forward.Loses("/p/a/errors.csv"));
    }
}
