using ParReport.Domain.Dossiers;
using ParReport.Domain.Text;

namespace ParReport.Domain.Tests.Text;

public class RowErrorGroupsTest
{
    [Fact]
    public void Three_thousand_rows_alike_are_one_line_with_their_count_values_and_first_lines()
    {
        var errors = Enumerable.Range(2, 3000).Select(line => new RowError(line, "Phí, lệ phí", line % 2 == 0 ? "Có" : "Không", "phí, lệ phí không phải là một số."))
            .Append(new RowError(7, "Mã hồ sơ", "", "thiếu mã hồ sơ."));
        var groups = RowErrorGroups.Of(errors);
        Assert.Equal(2, groups.Count);
        Assert.Equal(("Phí, lệ phí", 3000, 1), (groups[0].Column, groups[0].Count, groups[1].Count));
        Assert.Equal("cột «Phí, lệ phí»: 3.000 dòng có «Có», «Không»: phí, lệ phí không phải là một số — dòng 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 …", groups[0].ToString());
        Assert.Equal("cột «Mã hồ sơ»: 1 dòng: thiếu mã hồ sơ — dòng 7", groups[1].ToString());
    }

    [Fact]
    public void Rows_of_which_only_the_first_are_listed_are_counted_in_full()
    {
        var groups = new RowErrorGroups();
        groups.Add([new RowError(5, "Mã hồ sơ", "H1", "mã trùng."), new RowError(9, "Mã hồ sơ", "H2", "mã trùng.")], total: 40);
        var group = Assert.Single(groups.All);
        Assert.Equal(40, group.Count);
        Assert.Equal([5, 9], group.FirstLines);
    }
}
