using ParReport.Domain.Access;

namespace ParReport.Domain.Demo;

/// <summary>One demo user per role, all in the demo province, sharing one password.</summary>
public static class DemoUsers
{
    public const string Password = "Demo@2024";

    /// <summary>The commune whose officials the demo users are: the first commune of the first district.</summary>
    public const string CommuneCode = "an-phu-an-binh";

    public const string DistrictCode = "huyen-an-phu";

    public sealed record DemoUser(string UserName, string FullName, string UnitCode, Role Role);

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("quantri", "Quản trị hệ thống (Sở Nội vụ)", DemoOrganisation.ProvinceCode, Role.Admin),
        new("captren", "Chuyên viên Phòng Nội vụ huyện An Phú", DistrictCode, Role.Reviewer),
        new("tonghop", "Công chức Văn phòng – Thống kê xã An Bình", CommuneCode, Role.Compiler),
        new("chuyenmon", "Công chức Tư pháp – Hộ tịch xã An Bình", CommuneCode, Role.Contributor),
        new("lanhdao", "Phó Chủ tịch UBND xã An Bình", CommuneCode, Role.Leader),
    ];

    /// <summary>The parts of the demo commune's quý I report assigned to the contributor; the compiler keeps the rest.</summary>
    public static IReadOnlyList<string> ContributorParts { get; } = ["muc-II.1", "bieu-II", "muc-II.2", "bieu-III"];
}
