namespace ParReport.Cli;

/// <summary>Process exit codes shared by all commands.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The input was read and has problems (an invalid template, bad rows).</summary>
    public const int Problems = 1;
    /// <summary>The input could not be read at all (missing file, unknown template).</summary>
    public const int Unreadable = 2;
}
