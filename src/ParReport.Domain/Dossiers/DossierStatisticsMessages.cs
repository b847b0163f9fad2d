using ParReport.Domain.Formatting;

namespace ParReport.Domain.Dossiers;

/// <summary>What the dossier statistics cannot give, in Vietnamese, with the column the export lacked.</summary>
internal static class DossierStatisticsMessages
{
    public const string NoData = "không có dữ liệu";

    private static string N(int count) => VietnameseNumbers.FormatNumber(count);

    public static string SetAside(IEnumerable<(int Count, string Heading)> counts) =>
        $"Không tính vào các cột (3)–(13): {string.Join("; ", counts.Select(c => $"{c.Heading.ToLowerInvariant()}: {N(c.Count)} hồ sơ"))}.";

    public static string NoResult(int count) =>
        $"{N(count)} hồ sơ không có ngày có kết quả (tệp xuất không có cột «Ngày có kết quả»): số hồ sơ kỳ trước chuyển sang, đã giải quyết, đang giải quyết và tỷ lệ giải quyết đúng hạn không có dữ liệu.";

    public static string NoDeadline(int count) =>
        $"{N(count)} hồ sơ không có hạn giải quyết (tệp xuất không có cột «Ngày hẹn trả»): số hồ sơ trước hạn, đúng hạn, quá hạn, trong hạn và tỷ lệ giải quyết đúng hạn không có dữ liệu.";

    public static string NoFee(int count) =>
        $"{N(count)} hồ sơ không rõ có thu phí, lệ phí hay không (tệp xuất không có cột «Phí/lệ phí»): tỷ lệ thanh toán trực tuyến không có dữ liệu.";

    public static string NoPayment(int count) =>
        $"{N(count)} hồ sơ có phí, lệ phí không rõ đã thanh toán trực tuyến hay chưa (tệp xuất không có cột «Thanh toán trực tuyến»): tỷ lệ thanh toán trực tuyến không có dữ liệu.";

    public static string NoEvaluation(int count) =>
        $"{N(count)} hồ sơ không rõ có được đánh giá hay không (tệp xuất không có cột «Mức độ hài lòng»): tỷ lệ hài lòng không có dữ liệu.";
}
