using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using ParReport.Application.Notices;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ParReport.Application.Tests.Notices;

/// <summary>Mail goes to a throw-away SMTP server on the loopback interface, never to an outside host.</summary>
public sealed class MailerTest : IAsyncLifetime
{
    private const string Subject = "Báo cáo quý I năm 2024 của Xã An Bình đã gửi";
    private const string Body = "Xã An Bình đã gửi báo cáo cải cách hành chính quý I năm 2024.\nĐề nghị Phòng Nội vụ xem xét, tiếp nhận.";
    private const string Refused = "tu-choi@huyen.gov.vn";

    private readonly CapturingStore _store = new();
    private readonly CancellationTokenSource _stop = new();
    private SmtpServer.SmtpServer _server = null!;
    private Task _running = Task.CompletedTask;
    private int _port;

    public ValueTask InitializeAsync()
    {
        _port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, _port)).IsSecure(false))
            .Build();
        var services = new ServiceProvider();
        services.Add(_store);
        services.Add(new DelegatingMailboxFilter((to, _) => to.AsAddress() != Refused));
        _server = new SmtpServer.SmtpServer(options, services);
        // StartAsync binds the listener before its first await, so the port accepts connections once it returns.
        _running = _server.StartAsync(_stop.Token);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _running; }
        catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private SmtpSettings Local => new() { Host = "127.0.0.1", Port = _port, From = "parreport@huyen-an-binh.gov.vn", FromName = "ParReport Huyện An Bình" };

    [Fact]
    public async Task Each_recipient_gets_one_message_with_the_Vietnamese_text_intact()
    {
        var mailer = new Mailer(Local);

        var sent = await mailer.SendAsync([("noivu@huyen.gov.vn", "Phòng Nội vụ"), ("vanphong@huyen.gov.vn", "Văn phòng UBND")], Subject, Body);

        Assert.Equal(2, sent);
        Assert.Null(mailer.LastError);
        Assert.Equal(2, _store.Messages.Count);
        Assert.Equal(["noivu@huyen.gov.vn", "vanphong@huyen.gov.vn"], _store.Envelopes.Select(e => Assert.Single(e)).Order());
        foreach (var message in _store.Messages)
        {
            Assert.Equal(Subject, message.Subject);
            var text = Assert.IsType<TextPart>(message.Body);
            Assert.Equal("utf-8", text.ContentType.Charset);
            Assert.Equal(Body, text.Text.ReplaceLineEndings("\n").TrimEnd('\n'));
            var from = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
            Assert.Equal("parreport@huyen-an-binh.gov.vn", from.Address);
            Assert.Equal("ParReport Huyện An Bình", from.Name);
            Assert.Single(message.To);
        }
        var toNoiVu = _store.Messages.Single(m => m.To.Mailboxes.Single().Address == "noivu@huyen.gov.vn");
        Assert.Equal("Phòng Nội vụ", toNoiVu.To.Mailboxes.Single().Name);
    }

    [Fact]
    public async Task A_recipient_without_an_address_is_skipped()
    {
        var mailer = new Mailer(Local);

        var sent = await mailer.SendAsync([("", "Xã Bắc Sơn"), ("   ", "Xã Nam Sơn"), ("noivu@huyen.gov.vn", "Phòng Nội vụ")], Subject, Body);

        Assert.Equal(1, sent);
        Assert.Null(mailer.LastError);
        Assert.Equal("noivu@huyen.gov.vn", Assert.Single(Assert.Single(_store.Envelopes)));
    }

    [Fact]
    public async Task Only_recipients_without_an_address_send_nothing()
    {
        var mailer = new Mailer(Local);

        Assert.Equal(0, await mailer.SendAsync([("", "Xã Bắc Sơn")], Subject, Body));
        Assert.Equal(0, await mailer.SendAsync([], Subject, Body));
        Assert.Null(mailer.LastError);
        Assert.Empty(_store.Messages);
    }

    [Fact]
    public async Task A_refused_recipient_does_not_stop_the_others()
    {
        var mailer = new Mailer(Local);

        var sent = await mailer.SendAsync([(Refused, "Bị từ chối"), ("noivu@huyen.gov.vn", "Phòng Nội vụ")], Subject, Body);

        Assert.Equal(1, sent);
        Assert.Contains(Refused, mailer.LastError);
        Assert.Equal("noivu@huyen.gov.vn", Assert.Single(Assert.Single(_store.Envelopes)));
    }

    [Fact]
    public async Task Null_settings_mean_mail_is_off()
    {
        var mailer = new Mailer(null);

        Assert.False(mailer.Enabled);
        Assert.Equal(0, await mailer.SendAsync([("noivu@huyen.gov.vn", "Phòng Nội vụ")], Subject, Body));
        Assert.Null(mailer.LastError);
        Assert.Empty(_store.Messages);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_missing_host_means_mail_is_off(string? host)
    {
        var mailer = new Mailer(Local with { Host = host });

        Assert.False(mailer.Enabled);
        Assert.Equal(0, await mailer.SendAsync([("noivu@huyen.gov.vn", "Phòng Nội vụ")], Subject, Body));
        Assert.Null(mailer.LastError);
        Assert.Empty(_store.Messages);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_returns_zero_with_the_reason_instead_of_throwing()
    {
        var mailer = new Mailer(Local with { Port = FreePort() });

        Assert.True(mailer.Enabled);
        var sent = await mailer.SendAsync([("noivu@huyen.gov.vn", "Phòng Nội vụ")], Subject, Body);

        Assert.Equal(0, sent);
        Assert.NotNull(mailer.LastError);
        Assert.StartsWith("Không gửi được thư qua 127.0.0.1:", mailer.LastError);
    }

    [Fact]
    public async Task An_invalid_sender_address_returns_zero_with_the_reason()
    {
        var mailer = new Mailer(Local with { From = "không phải địa chỉ" });

        Assert.Equal(0, await mailer.SendAsync([("noivu@huyen.gov.vn", "Phòng Nội vụ")], Subject, Body));
        Assert.Contains("người gửi", mailer.LastError);
        Assert.Empty(_store.Messages);
    }

    [Fact]
    public void Defaults_leave_mail_off_on_port_25_as_ParReport()
    {
        var settings = new SmtpSettings();

        Assert.False(new Mailer(settings).Enabled);
        Assert.Equal(25, settings.Port);
        Assert.Equal("ParReport", settings.FromName);
        Assert.False(settings.RequireStartTls);
    }

    // Binding port 0 lets the OS pick; once stopped, nothing listens there until the server claims it.
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class CapturingStore : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();
        public ConcurrentQueue<string[]> Envelopes { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            Envelopes.Enqueue([.. transaction.To.Select(m => m.AsAddress())]);
            return SmtpResponse.Ok;
        }
    }
}
