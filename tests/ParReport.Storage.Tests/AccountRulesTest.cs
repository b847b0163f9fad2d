using ParReport.Storage.Records;

namespace ParReport.Storage.Tests;

public class AccountRulesTest
{
    private static readonly AccountRules Rules = new();

    private static UserRecord User(string name = "tuphap2", string fullName = "Công chức Tư pháp 2") => new() { UserName = name, FullName = fullName };

    [Theory]
    [InlineData("P@ssw0rd")]
    [InlineData("Password1")]
    [InlineData("12345678")]
    [InlineData("Abc@1234")]
    [InlineData("MatKhau@2024")]
    [InlineData("Admin@123")]
    [InlineData("tuphap2@2024")]
    public async Task Passwords_everyone_tries_first_or_holding_the_user_name_are_refused(string password)
    {
        var result = await Rules.ValidateAsync(null!, User(), password);
        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.NotEmpty(e.Description));
    }

    [Theory]
    [InlineData("Demo@2024")]
    [InlineData("SenHong#2024")]
    [InlineData("ba con mèo trèo cây cau")]
    public async Task Other_passwords_pass(string password) =>
        Assert.True((await Rules.ValidateAsync(null!, User(), password)).Succeeded);

    [Fact]
    public async Task Names_of_any_length_or_with_hidden_characters_and_kilobyte_passwords_are_refused()
    {
        Assert.False((await Rules.ValidateAsync(null!, User(new string('a', 65)))).Succeeded);
        Assert.False((await Rules.ValidateAsync(null!, User(fullName: new string('Ư', 201)))).Succeeded);
        Assert.False((await Rules.ValidateAsync(null!, User(fullName: "Nguyễn\u202EVăn An"))).Succeeded);
        Assert.False((await Rules.ValidateAsync(null!, User(), new string('x', 129) + "Q#7")).Succeeded);
        Assert.True((await Rules.ValidateAsync(null!, User())).Succeeded);
    }
}
