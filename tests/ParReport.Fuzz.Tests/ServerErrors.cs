using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ParReport.Fuzz.Tests;

/// <summary>The exceptions the web application logged as unhandled, so that a 500 is reported with its cause.</summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<Exception> _errors = new();

    /// <summary>The exceptions logged since the last call.</summary>
    public string Take()
    {
        var taken = new List<string>();
        while (_errors.TryDequeue(out var e)) taken.Add(e.ToString());
        return string.Join(Environment.NewLine, taken);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(ServerErrors owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null && logLevel >= LogLevel.Error) owner._errors.Enqueue(exception);
        }
    }
}
