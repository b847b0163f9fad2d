using System.Globalization;
using System.Text;
using ParReport.Domain.Dossiers;

namespace ParReport.Documents;

/// <summary>Writes dossiers as a one-stop export would (semicolons, UTF-8 with BOM, dd/MM/yyyy HH:mm), one row at a time.</summary>
public static class DossierCsvWriter
{
    public const string Header = "Mã hồ sơ;Lĩnh vực;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp;Phí/lệ phí;Thanh toán trực tuyến;Mức độ hài lòng";

    public static long Write(IEnumerable<Dossier> dossiers, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(true), 1 << 16, leaveOpen: true);
        writer.WriteLine(Header);
        long rows = 0;
        foreach (var d in dossiers)
        {
            writer.Write(d.Code); writer.Write(';');
            writer.Write(d.Field); writer.Write(';');
            writer.Write(Date(d.Received)); writer.Write(';');
            writer.Write(Date(d.Deadline)); writer.Write(';');
            writer.Write(Date(d.Resolved)); writer.Write(';');
            writer.Write(d.Channel switch { SubmissionChannel.Online => "Trực tuyến", SubmissionChannel.Direct => "Trực tiếp", _ => "Bưu chính công ích" }); writer.Write(';');
            writer.Write(d.Fee is { } fee ? Domain.Formatting.VietnameseNumbers.FormatNumber(fee) : ""); writer.Write(';');
            writer.Write(d.Fee is null ? "" : d.PaidOnline ? "Có" : "Không"); writer.Write(';');
            writer.WriteLine(d.Satisfied switch { true => "Hài lòng", false => "Không hài lòng", null => "" });
            rows++;
        }
        return rows;
    }

    private static string Date(DateTime? value) => value?.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) ?? "";
}
