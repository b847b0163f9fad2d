using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace ParReport.Application.Notices;

/// <summary>Sends a notice as plain-text e-mail, one message per recipient, when SMTP is configured.</summary>
/// <remarks>
/// Mail is a courtesy copy: the notice itself is stored by the caller whatever happens here, so a server that
/// cannot be reached or refuses a message is reported through the returned count and <see cref="LastError"/>,
/// never by an exception. Cancellation still throws, because then the caller asked to stop.
/// </remarks>
public sealed class Mailer(SmtpSettings? settings)
{
    // SmtpClient's own default is two minutes; a page waiting on a dead server should give up sooner.
    private static readonly TimeSpan ServerTimeout = TimeSpan.FromSeconds(10);

    public bool Enabled => !string.IsNullOrWhiteSpace(settings?.Host);

    /// <summary>Why the last <see cref="SendAsync"/> call sent fewer messages than it had recipients; null when nothing went wrong.</summary>
    public string? LastError { get; private set; }

    /// <summary>Sends <paramref name="body"/> to every recipient that has an address.</summary>
    /// <returns>How many messages the server accepted; 0 when e-mail is off or nobody has an address.</returns>
    public async Task<int> SendAsync(IReadOnlyList<(string Address, string Name)> to, string subject, string body, CancellationToken cancel = default)
    {
        LastError = null;
        if (settings is null || string.IsNullOrWhiteSpace(settings.Host))
            return 0;
        var recipients = to.Where(r => !string.IsNullOrWhiteSpace(r.Address)).ToList();
        if (recipients.Count == 0)
            return 0;
        if (Mailbox(settings.From, settings.FromName) is not { } sender)
        {
            LastError = $"Địa chỉ người gửi \"{settings.From}\" không hợp lệ; chưa gửi thư nào.";
            return 0;
        }

        var sent = 0;
        try
        {
            using var client = new SmtpClient { Timeout = (int)ServerTimeout.TotalMilliseconds };
            var security = settings.RequireStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto;
            await client.ConnectAsync(settings.Host, settings.Port, security, cancel);
            if (!string.IsNullOrWhiteSpace(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancel);
            foreach (var (address, name) in recipients)
            {
                if (Mailbox(address, name) is not { } recipient)
                {
                    LastError = $"Địa chỉ \"{address}\" không hợp lệ; đã bỏ qua.";
                    continue;
                }
                try
                {
                    await client.SendAsync(Message(sender, recipient, subject, body), cancel);
                    sent++;
                }
                catch (SmtpCommandException e) when (e.ErrorCode is not SmtpErrorCode.UnexpectedStatusCode)
                {
                    // The server refused this sender or recipient but the session is still usable, so one bad
                    // mailbox should not cost the other units their copy.
                    LastError = $"Máy chủ thư từ chối gửi tới {address}: {e.Message}";
                }
            }
            await client.DisconnectAsync(quit: true, cancel);
        }
        catch (Exception e) when (IsDeliveryFailure(e))
        {
            LastError = $"Không gửi được thư qua {settings.Host}:{settings.Port} (đã gửi {sent}/{recipients.Count}): {e.Message}";
        }
        return sent;
    }

    private static MimeMessage Message(MailboxAddress sender, MailboxAddress recipient, string subject, string body)
    {
        var text = new TextPart(TextFormat.Plain);
        text.SetText("utf-8", body);
        var message = new MimeMessage { Subject = subject, Body = text };
        message.From.Add(sender);
        message.To.Add(recipient);
        return message;
    }

    private static MailboxAddress? Mailbox(string address, string name)
    {
        if (!MailboxAddress.TryParse(address.Trim(), out var mailbox))
            return null;
        if (!string.IsNullOrWhiteSpace(name))
            mailbox.Name = name;
        return mailbox;
    }

    // Everything a missing, slow, misconfigured or hostile server can cause; anything else is a bug and should surface.
    private static bool IsDeliveryFailure(Exception e) => e is SocketException or IOException or TimeoutException
        or CommandException or ProtocolException or AuthenticationException or SslHandshakeException
        or ServiceNotConnectedException or NotSupportedException;
}
