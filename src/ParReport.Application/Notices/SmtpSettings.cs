namespace ParReport.Application.Notices;

/// <summary>How notices reach an SMTP server; bound by the web app from its "Smtp" configuration section.</summary>
/// <remarks>
/// An empty or missing <see cref="Host"/> means e-mail is off, which is the default: a deployment without a
/// mail server still stores every notice in the app. Properties are init-only with defaults so the
/// configuration binder can fill in only what the deployment sets.
/// </remarks>
public sealed record SmtpSettings
{
    /// <summary>Server name or address; null or blank turns e-mail off.</summary>
    public string? Host { get; init; }

    public int Port { get; init; } = 25;

    /// <summary>Sender address, e.g. <c>parreport@xa-anbinh.gov.vn</c>.</summary>
    public string From { get; init; } = "";

    public string FromName { get; init; } = "ParReport";

    /// <summary>When set, the mailer authenticates; when null or blank it sends anonymously (a local relay).</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>
    /// True refuses to send unless the server offers STARTTLS. False lets MailKit decide: implicit TLS on
    /// port 465, otherwise STARTTLS when the server offers it and plain text when it does not.
    /// </summary>
    public bool RequireStartTls { get; init; }
}
