using ParReport.Domain.Access;

namespace ParReport.Domain.Demo;

/// <summary>One demo user per role in the demo commune and district, sharing one password: the commune fills and sends, the district reviews and fills its own report.</summary>
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
        new("tonghophuyen", "Chuyên viên tổng hợp Phòng Nội vụ huyện An Phú", DistrictCode, Role.Compiler),
        new("lanhdaohuyen", "Phó Chủ tịch UBND huyện An Phú", DistrictCode, Role.Leader),
    ];

    /// <summary>The parts of the demo commune's current report assigned to the contributor; the compiler keeps the rest.</summary>
    public static IReadOnlyList<string> ContributorParts { get; } = ["muc-II.1", "bieu-II", "muc-II.2", "bieu-III"];
}
