using ParReport.Domain.Organisation;

namespace ParReport.Domain.Tests.Organisation;

public class OrgTreeTest
{
    private static readonly OrgUnit Province = new("nam-dinh", "Tỉnh Nam Định", UnitLevel.Province, null);
    private static readonly OrgUnit District = new("truc-ninh", "Huyện Trực Ninh", UnitLevel.District, "nam-dinh");
    private static readonly OrgUnit Commune = new("phuong-dinh", "Xã Phương Định", UnitLevel.Commune, "truc-ninh");

    [Fact]
    public void Province_district_commune_form_a_three_level_tree()
    {
        var tree = OrgTree.Build([Commune, District, Province]).Tree!;
        Assert.Equal([Province], tree.Roots);
        Assert.Equal(2, tree.DepthOf("phuong-dinh"));
        Assert.Equal(["truc-ninh", "phuong-dinh"], tree.DescendantsOf("nam-dinh").Select(u => u.Code));
        Assert.Equal(["truc-ninh", "nam-dinh"], tree.AncestorsOf("phuong-dinh").Select(u => u.Code));
    }

    [Fact]
    public void After_the_2025_reform_communes_report_straight_to_the_province()
    {
        var commune = Commune with { ParentCode = "nam-dinh" };
        var result = OrgTree.Build([Province, commune]);
        Assert.True(result.Succeeded);
        Assert.Equal([commune], result.Tree!.ChildrenOf("nam-dinh"));
        Assert.Equal(1, result.Tree.DepthOf(commune.Code));
    }

    [Fact]
    public void An_unknown_parent_is_reported_with_the_units_code()
    {
        var problem = Assert.Single(OrgTree.Build([Province, Commune]).Problems);
        Assert.Equal("phuong-dinh", problem.UnitCode);
        Assert.Contains("«truc-ninh» không tồn tại", problem.Message);
    }

    [Fact]
    public void A_duplicate_code_is_reported() =>
        Assert.Contains("bị trùng", Assert.Single(OrgTree.Build([Province, Province with { Name = "Khác" }]).Problems).Message);

    [Fact]
    public void The_tree_has_any_depth_with_units_inside_units_of_their_own_level()
    {
        var hamlet = new OrgUnit("thon-1", "Bộ phận Một cửa xã Phương Định", UnitLevel.Commune, "phuong-dinh");
        var tree = OrgTree.Build([Province, District, Commune, hamlet]).Tree!;
        Assert.Equal(3, tree.DepthOf("thon-1"));
    }

    [Fact]
    public void A_unit_cannot_sit_under_a_unit_of_a_lower_level()
    {
        var problem = Assert.Single(OrgTree.Build([Province, District with { ParentCode = "phuong-dinh" }, Commune with { ParentCode = "nam-dinh" }]).Problems);
        Assert.Equal("truc-ninh", problem.UnitCode);
        Assert.Contains("cấp huyện không thể trực thuộc «phuong-dinh» cấp xã", problem.Message);
    }

    [Fact]
    public void Two_units_naming_each_other_as_parent_are_refused()
    {
        var problem = Assert.Single(OrgTree.Build([District with { ParentCode = "b" }, District with { Code = "b", ParentCode = "truc-ninh" }]).Problems);
        Assert.Equal("quan hệ cấp trên tạo thành vòng lặp: b → truc-ninh → b.", problem.Message);
    }
}
