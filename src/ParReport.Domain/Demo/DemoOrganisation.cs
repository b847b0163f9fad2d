using ParReport.Domain.Organisation;

namespace ParReport.Domain.Demo;

/// <summary>A fictional province with three districts of four communes each, for demonstrations and tests.</summary>
public static class DemoOrganisation
{
    public const string ProvinceCode = "tinh-minh-son";

    public static IReadOnlyList<OrgUnit> Units { get; } = Build();

    private static List<OrgUnit> Build()
    {
        var districts = new (string Code, string Name, string[] Communes)[]
        {
            ("huyen-an-phu", "Huyện An Phú", ["Xã An Bình", "Xã An Hòa", "Xã Phú Thịnh", "Thị trấn An Phú"]),
            ("huyen-dong-lac", "Huyện Đông Lạc", ["Xã Đông Hưng", "Xã Lạc Sơn", "Xã Tân Lạc", "Xã Đông Phong"]),
            ("huyen-bac-son", "Huyện Bắc Sơn", ["Xã Bắc Sơn", "Xã Nam Sơn", "Xã Vĩnh Lộc", "Xã Hữu Nghị"]),
        };
        var units = new List<OrgUnit> { new(ProvinceCode, "Tỉnh Minh Sơn", UnitLevel.Province, null) };
        foreach (var (code, name, communes) in districts)
        {
            units.Add(new OrgUnit(code, name, UnitLevel.District, ProvinceCode));
            units.AddRange(communes.Select(c => new OrgUnit($"{code[6..]}-{Slug(c)}", c, UnitLevel.Commune, code)));
        }
        return units;
    }

    private static string Slug(string name) =>
        Text.VietnameseText.Fold(name.Replace("Thị trấn ", "tt ").Replace("Xã ", "")).Replace(' ', '-');
}
