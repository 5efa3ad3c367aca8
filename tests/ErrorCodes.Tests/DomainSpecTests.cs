using System.Linq;
using ErrorCodes.Generator;
using ErrorCodes.Generator.Emit;
using ErrorCodes.Generator.Model;
using Xunit;

namespace ErrorCodes.Tests;

/// <summary>
/// The emit-ready spec holds the decisions the emitter used to make while writing: which rows get helpers, how a
/// template fills, the aliases' primaries, the lookup's shape, and the category types left after the conflict step.
/// </summary>
public class DomainSpecTests
{
    private static ErrorMember Member(int code, string name, string identifier, string message = "", bool alias = false, string category = "")
        => new(code, name, identifier, message, string.Empty, new EquatableArray<string>(new[] { string.Empty }), EquatableArray<string>.Empty, category, alias, 2);

    private static DomainModel Domain(string domain, ErrorMember[] members, params CategoryType[] categoryTypes)
        => new("/p/x.csv", domain, "Company", new EquatableArray<string>(new[] { "ko" }), EquatableArray<string>.Empty, new EquatableArray<ErrorMember>(members), new EquatableArray<CategoryType>(categoryTypes));

    private static DomainSpec Build(DomainModel domain) => DomainSpecBuilder.Build(domain, new EmitSettings(true, true));

    [Fact]
    public void Names_come_from_GeneratedNames_bare_and_qualified()
    {
        DomainSpec spec = Build(Domain("Shop", new[] { Member(1, "A", "A") }));

        Assert.Equal(GeneratedNames.Enum("Shop"), spec.Names.Enum);
        Assert.Equal("global::Company." + GeneratedNames.LookupClass("Shop"), spec.Names.LookupClassType);
        Assert.Equal("global::Company." + GeneratedNames.JsonConverter("Shop"), spec.Names.JsonConverterType);
    }

    [Fact]
    public void A_template_becomes_pieces_in_one_shared_table_and_its_arguments_in_template_order()
    {
        DomainSpec spec = Build(Domain("Shop", new[]
        {
            Member(1, "A", "A", "{1} then {0}"),
            Member(2, "B", "B", "No placeholder"),
            Member(3, "C", "C", "{0}"),
            Member(4, "D", "D", "x {0} y"),
        }));

        Assert.Equal(new[] { string.Empty, " then ", string.Empty, "x ", " y" }, spec.FormatPieces.ToArray());
        Assert.Equal(new[] { 1, 2 }, spec.FillArities.ToArray());
        Assert.Equal((2, 0), (spec.Members[0].HelperArity, spec.Members[0].Fill.PiecesStart));
        Assert.Equal(new[] { 1, 0 }, spec.Members[0].Fill.Arguments.ToArray());
        Assert.Equal(0, spec.Members[1].HelperArity);
        Assert.True(spec.Members[2].Fill.IsSoleArgument);
        Assert.Equal(3, spec.Members[3].Fill.PiecesStart);
    }

    [Fact]
    public void A_helper_named_like_its_class_is_lost_with_its_factory_and_an_alias_gets_no_culture_overload()
    {
        // In the domain Format, the member ErrorCodes would get FormatErrorCodes.FormatErrorCodes (CS0542).
        DomainSpec spec = Build(Domain("Format", new[]
        {
            Member(1, "E", "ErrorCodes", "Lost {0}"),
            Member(2, "K", "Kept", "Kept {0}"),
            Member(2, "K2", "KeptAgain", "Again {0}", alias: true),
        }));

        Assert.Equal((0, false), (spec.Members[0].HelperArity, spec.Members[0].HasCultureHelper));
        Assert.Equal((1, true), (spec.Members[1].HelperArity, spec.Members[1].HasCultureHelper));
        Assert.Equal(("Kept", false), (spec.Members[2].PrimaryIdentifier, spec.Members[2].HasCultureHelper));
        Assert.Equal(new[] { "KeptAgain" }, spec.Aliases.Select(a => a.Row.Identifier).ToArray());
    }

    [Theory]
    [InlineData(new[] { 3, 1, 2 }, "Offset")]
    [InlineData(new[] { 1, 3, 8 }, "Direct")]
    // A direct table is taken while its slots fit 16 KB: 1..1000 in byte slots does, 1..1,000,000 does not.
    [InlineData(new[] { 1, 1000 }, "Direct")]
    [InlineData(new[] { 1, 1000000 }, "Hash")]
    public void The_lookup_is_chosen_from_the_codes(int[] codes, string expected)
    {
        DomainSpec spec = Build(Domain("Shop", codes.Select(code => Member(code, "N" + code, "N" + code)).ToArray()));

        Assert.Equal(expected, spec.Lookup.Kind.ToString());
        Assert.Equal(codes.Min(), spec.Lookup.FirstCode);
        Assert.Equal(codes.OrderBy(c => c).ToArray(), spec.SortedPrimaries.Select(m => m.Code).ToArray());
        Assert.Equal(codes.SequenceEqual(codes.OrderBy(c => c)), spec.CatalogOrderIsSorted);
    }

    [Fact]
    public void Categories_sharing_a_type_name_are_one_exception_type()
    {
        DomainSpec spec = Build(Domain(
            "Live",
            new[] { Member(1, "A", "A", category: "On air"), Member(2, "B", "B", category: "on-air") },
            new CategoryType("On air", "LiveOnAirException"),
            new CategoryType("on-air", "LiveOnAirException")));

        CategoryExceptionSpec type = Assert.Single(spec.CategoryExceptions);
        Assert.Equal(new[] { "On air", "on-air" }, type.Categories.ToArray());
    }

    [Fact]
    public void The_same_model_gives_an_equal_spec()
        => Assert.Equal(Build(Domain("Shop", new[] { Member(1, "A", "A", "{0}") })), Build(Domain("Shop", new[] { Member(1, "A", "A", "{0}") })));
}
