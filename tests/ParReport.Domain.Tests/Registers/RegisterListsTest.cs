using ParReport.Domain.Registers;

namespace ParReport.Domain.Tests.Registers;

public sealed class RegisterListsTest
{
    private static string Text(string kind) =>
        RegisterLists.Text(kind, SeedRegisters.All()[RegisterLists.RegisterOf(kind)], SeedRegisters.HalfYear)!;

    [Fact]
    public void Section_I_lists_the_plans_and_decisions_issued_in_the_window_one_per_line_as_reports_write_them()
    {
        var lines = Text(RegisterLists.Documents).Split('\n');

        Assert.Equal("Trong kỳ, đã ban hành 12 văn bản chỉ đạo, điều hành về CCHC, gồm:", lines[0]);
        Assert.Equal(13, lines.Length);
        Assert.Equal("- Kế hoạch số 01/KH-UBND ngày 20/12/2023 về nhiệm vụ CCHC số 1;", lines[1]);
        Assert.Equal("- Quyết định số 03/QĐ-UBND ngày 17/01/2024 về nhiệm vụ CCHC số 3;", lines[3]);
        Assert.EndsWith("số 12.", lines[12]);
        Assert.DoesNotContain(lines, l => l.Contains("57/KH-UBND") || l.Contains("TB-UBND"));
    }

    [Fact]
    public void The_procedure_staffing_task_and_inspection_sentences_state_the_registers_counts()
    {
        Assert.Equal("Tính đến thời điểm báo cáo, có 101 TTHC trên 9 lĩnh vực được công khai, giải quyết, cụ thể: Tư pháp 37 thủ tục, "
            + "Lao động Thương binh & xã hội 18 thủ tục, Văn hóa - Xã hội 17 thủ tục, Nông nghiệp và phát triển nông thôn 07 thủ tục, Thanh tra 07 thủ tục, "
            + "Giáo dục 05 thủ tục, Thi đua - Khen thưởng 05 thủ tục, Tài chính - Kế hoạch 03 thủ tục, Địa chính - Xây dựng, Môi trường 02 thủ tục.",
            Text(RegisterLists.ProceduresByField));
        var staffing = Text(RegisterLists.Staffing).Split('\n');
        Assert.Equal("Tổng số biên chế được giao là 22 người, hiện có mặt 21 người, trong đó: cán bộ được giao 11, có mặt 11 người; công chức được giao 11, có mặt 10 người.", staffing[0]);
        Assert.Equal("Về trình độ: 18 người có trình độ đại học trở lên; 20 người có trình độ trung cấp lý luận chính trị trở lên.", staffing[1]);
        Assert.StartsWith("Trong kỳ, được cấp trên giao 14 nhiệm vụ: đã hoàn thành đúng hạn 14 nhiệm vụ, hoàn thành nhưng quá hạn 00 nhiệm vụ", Text(RegisterLists.AssignedTasks));
        Assert.Equal("Trong kỳ, đã kiểm tra CCHC tại 02 cơ quan, đơn vị (Bộ phận Một cửa, UBND xã Phương Định); phát hiện 08 vấn đề, đã xử lý xong 07 vấn đề.", Text(RegisterLists.Inspections));
    }

    [Fact]
    public void A_register_without_rows_states_nothing()
    {
        Assert.Null(RegisterLists.Text(RegisterLists.Documents, [], SeedRegisters.HalfYear));
    }
}
