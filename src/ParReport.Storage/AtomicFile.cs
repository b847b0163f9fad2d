namespace ParReport.Storage;

/// <summary>
/// Writes a file under a temporary name in the same folder and renames it once complete, so that a process killed
/// mid-way never leaves a truncated file under the final name: there is the old file, or none, or the whole new one.
/// </summary>
public static class AtomicFile
{
    public static Task WriteAllBytesAsync(string path, byte[] bytes, CancellationToken cancel = default) =>
        WriteAsync(path, stream => stream.WriteAsync(bytes, cancel).AsTask());

    public static async Task WriteAsync(string path, Func<Stream, Task> write) =>
        await WriteAsync(path, async temp =>
        {
            await using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write);
            await write(stream);
            stream.Flush(flushToDisk: true);
            return true;
        });

    /// <summary>Lets <paramref name="write"/> fill the temporary file by its path (another program may); renamed only when it returns true.</summary>
    public static async Task<bool> WriteAsync(string path, Func<string, Task<bool>> write)
    {
        var target = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (!await write(temp)) return false;
            File.Move(temp, target, overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
