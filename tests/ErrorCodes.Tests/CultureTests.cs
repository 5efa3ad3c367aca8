using System;
using System.Globalization;
using ErrorCodes.Tests.Infrastructure;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// Localized columns: lookup by culture with fallback along the culture's parents to the neutral column, the current
/// UI culture when none is given, and culture-aware format helpers. The seed catalogs cannot show all of this (their
/// neutral text falls back to the Korean column), so this catalog has neutral and localized text side by side.
/// </summary>
public class CultureTests
{
    private static readonly Lazy<GeneratedDomain> Localized = new(() => GeneratedDomain.Find(
        GeneratorHarness.CompileAndLoad(new[]
        {
            Catalog.Csv(
                "/catalogs/shop.csv",
                "code,name,message,Message.KO,message.pt-BR,description,description.ko,category",
                "1,OUT_OF_STOCK,{0} items left,{0}개 남음,{0} itens restantes,Neutral description,한국어 설명,Stock",
                "2,NO_KOREAN,Plain neutral,,Mensagem simples,,,",
                "-3,ONLY_NEUTRAL,Only neutral,,,Only neutral description,,"),
        }),
        GeneratorHarness.DefaultRootNamespace,
        "Shop"));

    private static GeneratedDomain Shop => Localized.Value;

    private static object OutOfStock => Shop.Member("OutOfStock");

    private static object NoKorean => Shop.Member("NoKorean");

    private static object OnlyNeutral => Shop.Member("OnlyNeutral");

    [Fact]
    public void Globalization_is_available_in_the_test_process()
    {
        // In invariant-globalization mode every culture behaves like the invariant one and the culture tests would
        // prove nothing; this test says so instead of letting them fail in puzzling ways.
        bool invariant = AppContext.TryGetSwitch("System.Globalization.Invariant", out bool enabled) && enabled;
        Assert.False(invariant, "The test process runs in invariant-globalization mode (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT).");

        var korea = new CultureInfo("ko-KR");
        Assert.Equal("ko", korea.Parent.Name);
        Assert.Equal("1234,5", 1234.5.ToString(CultureInfo.GetCultureInfo("de-DE")));
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("ko-KR")]
    [InlineData("KO-kr")]
    [InlineData("ko-Kore-KR")]
    public void Korean_cultures_get_the_ko_column(string culture)
    {
        CultureInfo korean = CultureInfo.GetCultureInfo(culture);

        Assert.Equal("{0}개 남음", Shop.GetMessage(OutOfStock, korean));
        Assert.Equal("한국어 설명", Shop.GetDescription(OutOfStock, korean));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("en")]
    [InlineData("de-DE")]
    [InlineData("pt-PT")]
    [InlineData("")]
    public void Cultures_without_a_column_get_the_neutral_text(string culture)
    {
        CultureInfo other = CultureInfo.GetCultureInfo(culture);

        Assert.Equal("{0} items left", Shop.GetMessage(OutOfStock, other));
        Assert.Equal("Neutral description", Shop.GetDescription(OutOfStock, other));
    }

    [Fact]
    public void A_region_specific_column_serves_its_region_only()
    {
        Assert.Equal("{0} itens restantes", Shop.GetMessage(OutOfStock, CultureInfo.GetCultureInfo("pt-BR")));
        Assert.Equal("{0} items left", Shop.GetMessage(OutOfStock, CultureInfo.GetCultureInfo("pt")));
    }

    [Fact]
    public void An_empty_localized_cell_falls_back_to_the_neutral_text()
    {
        CultureInfo korean = CultureInfo.GetCultureInfo("ko-KR");

        Assert.Equal("Plain neutral", Shop.GetMessage(NoKorean, korean));
        Assert.Null(Shop.GetDescription(NoKorean, korean));
        Assert.Equal("Only neutral", Shop.GetMessage(OnlyNeutral, korean));
        Assert.Equal("Only neutral description", Shop.GetDescription(OnlyNeutral, korean));
    }

    [Fact]
    public void Methods_without_a_culture_return_the_neutral_text_whatever_the_current_culture()
    {
        using (new CultureScope("ko-KR", "ko-KR"))
        {
            Assert.Equal("{0} items left", Shop.GetMessage(OutOfStock));
            Assert.Equal("Neutral description", Shop.GetDescription(OutOfStock));
            Assert.Equal("Stock", Shop.GetCategory(OutOfStock));
        }
    }

    [Fact]
    public void A_null_culture_means_the_current_UI_culture()
    {
        using (new CultureScope(culture: "en-US", uiCulture: "ko-KR"))
        {
            Assert.Equal("{0}개 남음", Shop.GetMessage(OutOfStock, null));
            Assert.Equal("한국어 설명", Shop.GetDescription(OutOfStock, null));
        }

        using (new CultureScope(culture: "ko-KR", uiCulture: "en-US"))
        {
            Assert.Equal("{0} items left", Shop.GetMessage(OutOfStock, null));
            Assert.Equal("Neutral description", Shop.GetDescription(OutOfStock, null));
        }
    }

    [Fact]
    public void Culture_format_helper_uses_the_cultures_template_and_number_format()
    {
        Assert.Equal("1234.5개 남음", Shop.FormatFor("OutOfStock", CultureInfo.GetCultureInfo("ko-KR"), 1234.5));
        Assert.Equal("1234,5 itens restantes", Shop.FormatFor("OutOfStock", CultureInfo.GetCultureInfo("pt-BR"), 1234.5));
        Assert.Equal("1234,5 items left", Shop.FormatFor("OutOfStock", CultureInfo.GetCultureInfo("de-DE"), 1234.5));
        Assert.Equal("1234.5 items left", Shop.FormatFor("OutOfStock", CultureInfo.InvariantCulture, 1234.5));
    }

    [Fact]
    public void Culture_format_helper_with_null_uses_the_current_cultures()
    {
        using (new CultureScope(culture: "de-DE", uiCulture: "de-DE"))
        {
            Assert.Equal("1234,5 items left", Shop.FormatFor("OutOfStock", null, 1234.5));
        }

        using (new CultureScope(culture: "ko-KR", uiCulture: "ko-KR"))
        {
            Assert.Equal("1234.5개 남음", Shop.FormatFor("OutOfStock", null, 1234.5));
        }
    }

    [Fact]
    public void Neutral_format_helper_keeps_the_neutral_template_and_uses_the_current_culture_for_numbers()
    {
        using (new CultureScope(culture: "de-DE", uiCulture: "ko-KR"))
        {
            Assert.Equal("1234,5 items left", Shop.Format("OutOfStock", 1234.5));
        }
    }

    [Fact]
    public void Undefined_values_give_empty_or_null_text_in_every_culture()
    {
        object undefined = Shop.Value(4);
        CultureInfo korean = CultureInfo.GetCultureInfo("ko-KR");

        Assert.Equal(string.Empty, Shop.GetMessage(undefined, korean));
        Assert.Equal(string.Empty, Shop.GetMessage(undefined, null));
        Assert.Null(Shop.GetDescription(undefined, korean));
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("fa-IR")]
    public void Name_of_an_undefined_negative_value_uses_invariant_digits_whatever_the_culture(string culture)
    {
        using (new CultureScope(culture, culture))
        {
            // These cultures write the minus sign differently, so a culture-sensitive conversion would show here.
            Assert.NotEqual("-7", (-7).ToString(CultureInfo.CurrentCulture));
            Assert.Equal("-7", Shop.GetName(Shop.Value(-7)));
            Assert.Equal("-7", Shop.GetMemberName(Shop.Value(-7)));
        }
    }
}
