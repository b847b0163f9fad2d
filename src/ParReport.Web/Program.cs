using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using ParReport.Application.Accounts;
using ParReport.Application.Comments;
using ParReport.Application.Aggregates;
using ParReport.Application.Dossiers;
using ParReport.Application.Notices;
using ParReport.Application.Registers;
using ParReport.Application.Reports;
using ParReport.Application.Requests;
using ParReport.Domain.Access;
using ParReport.Domain.Demo;
using ParReport.Storage;
using ParReport.Storage.Records;
using ParReport.Web;
using ParReport.Web.Api;
using ParReport.Web.Pages.Dossiers;
using Scalar.AspNetCore;

// Settings and static files live beside the binaries; the working directory only locates data/ (see README).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
// The files of wwwroot are found from the build output in every environment (`dotnet run` serves in Production); a
// published app has them beside it and no manifest, and this does nothing.
builder.WebHost.UseStaticWebAssets();
// Bodies are capped before they are read; pages that take files raise their own cap (UploadLimits, after routing).
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = LargeUploadFilter.MaxUpload);

var connectionString = builder.Configuration.GetConnectionString("ParReport") ?? Database.DefaultConnectionString;
var databaseOptions = Database.Options(connectionString);
builder.Services.AddScoped(_ => Database.Create(databaseOptions));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<SignedInUser>();
// E-mail is off unless Smtp:Host is set; notices in the app are always given.
builder.Services.AddSingleton(new Mailer(builder.Configuration.GetSection("Smtp").Get<SmtpSettings>()));
builder.Services.AddScoped<ImportDossiers>();
builder.Services.AddScoped<KeepRegisters>();
builder.Services.AddScoped<ApiTokens>();
builder.Services.AddScoped<RequestList>();
builder.Services.AddScoped<ReportVersions>();
builder.Services.AddScoped<ReportEntry>();
builder.Services.AddScoped<ParReport.Application.Registers.ReportLists>();
builder.Services.AddScoped<MoveReport>();
builder.Services.AddScoped<ReportComments>();
builder.Services.AddScoped<ReportDocuments>();
builder.Services.AddScoped<SendRequest>();
builder.Services.AddScoped<RequestBoardQuery>();
builder.Services.AddScoped<AggregateQuery>();
builder.Services.AddScoped<FillFromUnits>();
builder.Services.AddScoped<OutlierReview>();
builder.Services.AddScoped<Reminders>();
if (builder.Configuration.GetValue("Reminders:Enabled", true)) builder.Services.AddHostedService<ReminderService>();
builder.Services.AddIdentityCore<UserRecord>(Accounts.Configure)
    .AddRoles<IdentityRole>()
    .AddEntityFrameworkStores<ParReportDbContext>()
    .AddAccountRules()
    .AddSignInManager()
    .AddDefaultTokenProviders();
// The Identity cookie for the browser, a personal access token ("Authorization: Bearer prr_…") for scripts using the API.
builder.Services.AddParReportAuthentication();
builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
// Form keys in jQuery's bracket syntax ("a[b]") are not used; their providers fail on a key like "v:[" with an exception (HTTP 500).
builder.Services.AddRazorPages().AddMvcOptions(o =>
{
    foreach (var jQuery in o.ValueProviderFactories.Where(f => f is Microsoft.AspNetCore.Mvc.ModelBinding.JQueryFormValueProviderFactory
                 or Microsoft.AspNetCore.Mvc.ModelBinding.JQueryQueryStringValueProviderFactory).ToList())
        o.ValueProviderFactories.Remove(jQuery);
});
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddApiDocument();
// An unreadable body is a 400 problem of the API, also in development (not the developer exception page).
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
// Vietnamese text stays readable in the page source instead of becoming numeric entities.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

await Startup.PrepareDatabaseAsync(app.Services, app.Configuration);

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseServerFailurePages();
    app.UseHsts();
}
// The API answers a bare status as problem details; the pages show the error page.
app.UseWhen(context => !Problems.IsApi(context), branch => branch.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
app.UseWhen(Problems.IsApi, branch => branch.UseStatusCodePages(Problems.WriteBareAsync));
app.UseStaticFiles();
app.UseRouting();
app.UseUploadLimits();
app.UseAuthentication();
app.UseSessionCheck();
app.UseAuthorization();
app.MapRazorPages();
app.MapApi();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference(options => options.WithTitle("ParReport API")).AllowAnonymous();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    Console.WriteLine($"ParReport đang chạy tại: {string.Join(", ", addresses)}  (CSDL: {Database.Describe(connectionString)})");
    if (app.Configuration.GetValue<bool>("Demo:Enabled"))
    {
        Console.WriteLine($"Đăng nhập demo (mật khẩu chung «{DemoUsers.Password}»):");
        foreach (var demo in DemoUsers.All)
            Console.WriteLine($"  {demo.UserName,-13} {Roles.Label(demo.Role)} — {demo.FullName}");
    }
});

app.Run();

/// <summary>The entry point, visible to the web tests' application factory.</summary>
public partial class Program;
