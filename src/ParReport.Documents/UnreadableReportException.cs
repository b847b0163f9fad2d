namespace ParReport.Documents;

/// <summary>A report file that cannot be read at all; its message is shown to the user as it is.</summary>
public sealed class UnreadableReportException(string message) : Exception(message);
