namespace ParReport.Storage.Tests;

public class AtomicFileTest
{
    [Fact]
    public async Task A_write_that_fails_half_way_leaves_the_old_file_whole_and_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("parreport-atomic-").FullName;
        try
        {
            var path = Path.Combine(folder, "bao-cao.docx");
            await AtomicFile.WriteAllBytesAsync(path, [1, 2, 3]);
            await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(path, async stream =>
            {
                await stream.WriteAsync(new byte[] { 9, 9 });
                throw new IOException("disk gone");
            }));
            Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(path));
            Assert.Equal([path], Directory.GetFiles(folder));

            await AtomicFile.WriteAllBytesAsync(path, [4, 5]);
            Assert.Equal([4, 5], await File.ReadAllBytesAsync(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
