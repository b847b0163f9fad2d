using ParReport.Domain.Access;
using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;

namespace ParReport.Domain.Tests.Access;

public sealed class UserAccessTest
{
    private static readonly OrgTree Tree = OrgTree.Build(DemoOrganisation.Units).Tree!;

    private static UserAccess User(string unit, params Role[] roles) => new("u1", unit, roles.ToHashSet());

    [Fact]
    public void Every_role_reads_its_own_unit_and_the_upper_levels_officials_read_the_units_below_all_but_contributors()
    {
        foreach (var role in Roles.All)
        {
            var user = User("an-phu-an-binh", role);
            Assert.True(user.CanRead("an-phu-an-binh", Tree));
            Assert.False(user.CanRead("an-phu-an-hoa", Tree));
            Assert.False(user.CanRead("huyen-an-phu", Tree));
        }
        var reviewer = User("huyen-an-phu", Role.Reviewer);
        Assert.True(reviewer.CanRead("an-phu-an-binh", Tree));
        Assert.False(reviewer.CanRead("dong-lac-dong-hung", Tree));
        Assert.False(reviewer.CanRead(DemoOrganisation.ProvinceCode, Tree));
        // The district's compiler and leader read what the communes sent, to compile and sign the district's own report.
        Assert.True(User("huyen-an-phu", Role.Leader).CanRead("an-phu-an-binh", Tree));
        Assert.True(User("huyen-an-phu", Role.Compiler).CanRead("an-phu-an-binh", Tree));
        Assert.False(User("huyen-an-phu", Role.Contributor).CanRead("an-phu-an-binh", Tree));
        Assert.True(User(DemoOrganisation.ProvinceCode, Role.Admin).CanRead("dong-lac-dong-hung", Tree));
    }

    [Fact]
    public void Compilers_write_everything_of_their_unit_contributors_only_what_is_assigned_to_them()
    {
        Assert.True(User("an-phu-an-binh", Role.Compiler).CanWrite("an-phu-an-binh", null));
        Assert.True(User("an-phu-an-binh", Role.Compiler).CanWrite("an-phu-an-binh", "someone"));
        Assert.False(User("an-phu-an-binh", Role.Compiler).CanWrite("an-phu-an-hoa", null));
        Assert.True(User("an-phu-an-binh", Role.Contributor).CanWrite("an-phu-an-binh", "u1"));
        Assert.False(User("an-phu-an-binh", Role.Contributor).CanWrite("an-phu-an-binh", "u2"));
        Assert.False(User("an-phu-an-binh", Role.Contributor).CanWrite("an-phu-an-binh", null));
        Assert.False(User("an-phu-an-binh", Role.Contributor).CanCompile("an-phu-an-binh"));
        foreach (var reader in new[] { Role.Leader, Role.Reviewer, Role.Admin })
            Assert.False(User("an-phu-an-binh", reader).CanWrite("an-phu-an-binh", "u1"));
        Assert.False(User("huyen-an-phu", Role.Reviewer, Role.Compiler).CanWrite("an-phu-an-binh", null));
    }

    [Fact]
    public void Admins_manage_the_users_of_their_unit_and_below()
    {
        Assert.True(User("huyen-an-phu", Role.Admin).CanManageUsers("an-phu-an-binh", Tree));
        Assert.False(User("huyen-an-phu", Role.Admin).CanManageUsers(DemoOrganisation.ProvinceCode, Tree));
        Assert.False(User("huyen-an-phu", Role.Compiler).CanManageUsers("huyen-an-phu", Tree));
    }

    [Fact]
    public void Compilers_reviewers_and_admins_of_a_unit_with_units_below_send_requests()
    {
        Assert.True(User("huyen-an-phu", Role.Compiler).CanSendRequests(Tree));
        Assert.True(User(DemoOrganisation.ProvinceCode, Role.Admin).CanSendRequests(Tree));
        Assert.True(User("huyen-an-phu", Role.Reviewer).CanSendRequests(Tree));
        Assert.False(User("huyen-an-phu", Role.Leader).CanSendRequests(Tree));
        Assert.False(User("an-phu-an-binh", Role.Compiler).CanSendRequests(Tree));
    }

    [Fact]
    public void Role_ids_round_trip_and_unknown_ids_are_null()
    {
        Assert.All(Roles.All, r => Assert.Equal(r, Roles.FromId(Roles.Id(r))));
        Assert.Null(Roles.FromId("superuser"));
        Assert.Equal("Cán bộ chuyên môn", Roles.Label(Role.Contributor));
    }
}
