namespace ParReport.Documents;

/// <summary>A file (a report, a dossier export) that cannot be read at all; its message is shown to the user as it is.</summary>
public sealed class UnreadableFileException(string message) : Exception(message);
