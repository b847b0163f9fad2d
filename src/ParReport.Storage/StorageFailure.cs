using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ParReport.Storage;

/// <summary>A failure of the database itself, not of the request: the user can do nothing but wait or call the administrator.</summary>
public enum StorageFailureKind
{
    /// <summary>The server cannot be reached, has gone away, or refuses connections for now.</summary>
    Unavailable,
    /// <summary>No space is left for the database: nothing of the failed change was written.</summary>
    Full,
    /// <summary>The database stayed locked by other writers longer than a request waits.</summary>
    Busy,
}

/// <summary>Tells a database failure from a programming error, through the wrappers of EF Core and the providers.</summary>
public static class StorageFailure
{
    public static StorageFailureKind? Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: 13 }: return StorageFailureKind.Full; // SQLITE_FULL
                case SqliteException { SqliteErrorCode: 5 or 6 }: return StorageFailureKind.Busy; // SQLITE_BUSY, SQLITE_LOCKED
                case SqliteException { SqliteErrorCode: 10 or 14 }: return StorageFailureKind.Unavailable; // SQLITE_IOERR, SQLITE_CANTOPEN
                case PostgresException { SqlState: "53100" }: return StorageFailureKind.Full; // disk_full
                case PostgresException { SqlState: "55P03" }: return StorageFailureKind.Busy; // lock_not_available
                case PostgresException p when p.SqlState.StartsWith("08") || p.SqlState.StartsWith("57P"): return StorageFailureKind.Unavailable;
                case PostgresException: return null;
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException or EndOfStreamException }:
                case NpgsqlException n when n.IsTransient:
                    return StorageFailureKind.Unavailable;
            }
        }
        return null;
    }

    /// <summary>What the user is told, in Vietnamese.</summary>
    public static string Explain(StorageFailureKind kind) => kind switch
    {
        StorageFailureKind.Unavailable => StorageMessages.Unavailable,
        StorageFailureKind.Full => StorageMessages.Full,
        StorageFailureKind.Busy => StorageMessages.Busy,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
