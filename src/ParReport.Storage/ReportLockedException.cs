namespace ParReport.Storage;

/// <summary>
/// A write reached a report whose state does not allow it (chờ ký, đã gửi, đã tiếp nhận). The use cases check the
/// state first and answer with the message; this guards the write itself against a transition that came in between.
/// </summary>
public sealed class ReportLockedException(string message) : InvalidOperationException(message);
