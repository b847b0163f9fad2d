using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace ParReport.Storage;

/// <summary>
/// Finds, among the codes of a unit's stored dossiers and those of an import, the dossiers the import updates and the
/// codes the file gives twice. Codes are numbered in the order they are added (the stored ones first, then the file's
/// in line order) and spread by a hash over partitions that go to temporary files once they outgrow a
/// memory limit; each partition is then matched alone, so memory stays small for any number of codes.
/// Codes are compared byte for byte: the hash only chooses where to look.
/// </summary>
internal sealed class DossierCodes : IDisposable
{
    private const int Partitions = 64;
    // A record: hash (8), number (8), line (4), code length (1), code (UTF-8, at most 64 characters: 192 bytes).
    private const int Head = 21;

    // Each partition's records not yet in its file: at most _partitionBuffer bytes each.
    private readonly byte[][] _buffers = Enumerable.Range(0, Partitions).Select(_ => Array.Empty<byte>()).ToArray();
    private readonly int[] _buffered = new int[Partitions];
    private readonly FileStream?[] _files = new FileStream?[Partitions];
    private readonly int _partitionBuffer;
    private readonly CodeHash _hash;

    internal delegate ulong CodeHash(ReadOnlySpan<byte> code);

    /// <param name="memoryLimit">Bytes of records held in memory at most (beyond, they go to the partitions' files).</param>
    /// <param name="hash">The hash that spreads codes (tests give one that collides).</param>
    public DossierCodes(int memoryLimit = 32 << 20, CodeHash? hash = null)
    {
        _partitionBuffer = Math.Max(memoryLimit / Partitions, 1024);
        _hash = hash ?? Hash;
    }

    /// <summary>How many codes were added; the next one gets this number.</summary>
    public long Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> code, int line)
    {
        if (code.Length > byte.MaxValue) throw new ArgumentException("A dossier code is at most 255 bytes.", nameof(code));
        var hash = _hash(code);
        Span<byte> head = stackalloc byte[Head];
        BinaryPrimitives.WriteUInt64LittleEndian(head, hash);
        BinaryPrimitives.WriteInt64LittleEndian(head[8..], Count++);
        BinaryPrimitives.WriteInt32LittleEndian(head[16..], line);
        head[20] = (byte)code.Length;
        var p = (int)(hash >> 58);
        var size = Head + code.Length;
        if (_buffered[p] + size > _buffers[p].Length)
        {
            if (_buffers[p].Length < _partitionBuffer) Array.Resize(ref _buffers[p], Math.Min(Math.Max(_buffers[p].Length * 2, 4096), _partitionBuffer));
            if (_buffered[p] + size > _buffers[p].Length) Spill(p);
        }
        head.CopyTo(_buffers[p].AsSpan(_buffered[p]));
        code.CopyTo(_buffers[p].AsSpan(_buffered[p] + Head));
        _buffered[p] += size;
    }

    private void Spill(int p)
    {
        var file = _files[p] ??= TemporaryFile();
        file.Write(_buffers[p], 0, _buffered[p]);
        _buffered[p] = 0;
    }

    /// <summary>
    /// A partition's file, nameless from the start outside Windows: its space goes back when the handle closes, also
    /// when the process is killed (DeleteOnClose alone deletes only on a close the process makes itself; Windows closes
    /// such a handle of a killed process and deletes the file).
    /// </summary>
    private static FileStream TemporaryFile()
    {
        var path = Path.GetTempFileName();
        var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows()) File.Delete(path);
        return file;
    }

    /// <summary>What matching found.</summary>
    /// <param name="ReplacedCount">How many stored dossiers the file gives again.</param>
    /// <param name="Repeated">The numbers of the file's codes given a second time or more, in order.</param>
    /// <param name="FirstRepeated">The earliest lines of those, with their codes (at most the number asked for).</param>
    public sealed record Matches(int ReplacedCount, long[] Repeated, IReadOnlyList<(int Line, string Code)> FirstRepeated)
    {
        internal required int[] ReplacedBits { get; init; }

        /// <summary>Whether the file gives again the stored dossier of this number (below the first of the file).</summary>
        public bool IsReplaced(long number) => (ReplacedBits[number >> 5] & (1 << (int)(number & 31))) != 0;
    }

    // What one thread found in the partitions it matched, and what it matches them with.
    private sealed class Found
    {
        public byte[] Records = [];
        public Dictionary<ulong, int> Holders = [];
        public int ReplacedCount;
        public readonly List<long> Repeated = [];
        // The latest lines seen are dropped first: a max-heap on the line.
        public readonly PriorityQueue<(int Line, string Code), int> FirstRepeated = new(Comparer<int>.Create((a, b) => b.CompareTo(a)));
    }

    /// <summary>Matches the codes, partitions on every core at once; once only.</summary>
    /// <param name="stored">How many of the codes (the first ones added) are the unit's stored dossiers.</param>
    /// <param name="linesKept">How many of the repeated codes to give with their line.</param>
    public Matches Match(int stored, int linesKept)
    {
        var replaced = new int[(stored + 31) / 32];
        var found = new List<Found>();
        // A worker holds one partition at a time: at most four, so that memory stays a few partitions on any machine.
        try
        {
            Parallel.For(0, Partitions, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, 4) }, () => new Found(),
                (p, _, mine) =>
                {
                    Match(p, mine, stored, replaced, linesKept);
                    return mine;
                },
                mine =>
                {
                    (mine.Records, mine.Holders) = ([], []);
                    lock (found) found.Add(mine);
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        var numbers = found.SelectMany(f => f.Repeated).ToArray();
        Array.Sort(numbers);
        var lines = found.SelectMany(f => f.FirstRepeated.UnorderedItems.Select(i => i.Element)).OrderBy(r => r.Line).Take(linesKept).ToList();
        return new Matches(found.Sum(f => f.ReplacedCount), numbers, lines) { ReplacedBits = replaced };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Match(int p, Found found, int stored, int[] replaced, int linesKept)
    {
        var length = Records(p, ref found.Records);
        var records = found.Records;
        // The record that holds each code now: a stored dossier until the file gives it, then the file's first row.
        var holders = found.Holders;
        holders.Clear();
        Dictionary<string, int>? sharedHash = null;
        for (var at = 0; at < length; at += Head + records[at + 20])
        {
            var hash = BinaryPrimitives.ReadUInt64LittleEndian(records.AsSpan(at));
            if (!holders.TryGetValue(hash, out var holder))
            {
                holders.Add(hash, at);
                continue;
            }
            string? shared = null;
            if (!Code(records, holder).SequenceEqual(Code(records, at)))
            {
                // Two different codes with one hash: these are told apart by the code itself.
                sharedHash ??= [];
                shared = Encoding.UTF8.GetString(Code(records, at));
                if (!sharedHash.TryGetValue(shared, out holder))
                {
                    sharedHash.Add(shared, at);
                    continue;
                }
            }
            var holderNumber = Number(records, holder);
            if (holderNumber < stored)
            {
                // Other threads set bits of the same words.
                Interlocked.Or(ref replaced[holderNumber >> 5], 1 << (int)(holderNumber & 31));
                found.ReplacedCount++;
                if (shared is null) holders[hash] = at;
                else sharedHash![shared] = at;
                continue;
            }
            found.Repeated.Add(Number(records, at));
            var line = BinaryPrimitives.ReadInt32LittleEndian(records.AsSpan(at + 16));
            var heap = found.FirstRepeated;
            if (heap.Count < linesKept) heap.Enqueue((line, Encoding.UTF8.GetString(Code(records, at))), line);
            else if (linesKept > 0 && line < heap.Peek().Line) heap.EnqueueDequeue((line, Encoding.UTF8.GetString(Code(records, at))), line);
        }
    }

    private static long Number(byte[] records, int at) => BinaryPrimitives.ReadInt64LittleEndian(records.AsSpan(at + 8));

    private static ReadOnlySpan<byte> Code(byte[] records, int at) => records.AsSpan(at + Head, records[at + 20]);

    // One partition's records, those spilled to its file first: in the order they were added. Returns their length.
    private int Records(int p, ref byte[] records)
    {
        var file = _files[p];
        var inFile = checked((int)(file?.Length ?? 0));
        var length = inFile + _buffered[p];
        if (records.Length < length) records = new byte[length];
        if (file is not null)
        {
            file.Position = 0;
            file.ReadExactly(records, 0, inFile);
            // Read, the file is no longer needed: closing it deletes it now rather than after every partition.
            file.Dispose();
            _files[p] = null;
        }
        _buffers[p].AsSpan(0, _buffered[p]).CopyTo(records.AsSpan(inFile));
        return length;
    }

    // A 64-bit multiply-and-mix hash over 8 bytes at a time (codes are short and mostly ASCII).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Hash(ReadOnlySpan<byte> code)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)code.Length;
        while (code.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(code)) * 0xBF58476D1CE4E5B9UL;
            h ^= h >> 31;
            code = code[8..];
        }
        ulong tail = 0;
        for (var i = 0; i < code.Length; i++) tail |= (ulong)code[i] << (8 * i);
        h = (h ^ tail) * 0x94D049BB133111EBUL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 32);
    }

    public void Dispose()
    {
        foreach (var file in _files) file?.Dispose();
    }
}
