using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using ParReport.Domain.Text;

namespace ParReport.Domain.Dossiers;

/// <summary>
/// Up to <see cref="Capacity"/> dossiers of an export kept column by column (codes in UTF-8, times as ticks, fees in
/// hundredths), so that millions of them are read, stored and counted without an object each; with the rows of the
/// same stretch of the file that were refused, and why.
/// </summary>
/// <remarks>
/// Readers hand on a new batch each time, so that one can be stored while the next is read.
/// <see cref="PackFigures"/> and <see cref="PackCodes"/> give its columns as bytes (what the statistics read, and the
/// codes), and <see cref="Unpack"/> takes them back.
/// </remarks>
public sealed class DossierBatch
{
    /// <summary>Rows in a batch: few enough that its packed columns stay below the runtime's large-object size
    /// (85.000 bytes) for usual codes, so that millions of rows leave only short-lived garbage behind.</summary>
    public const int Capacity = 1 << 12;
    private const byte Paid = 1, Evaluated = 2, Satisfied = 4, HasFee = 8, Charged = 16, FeeUnknown = 32, PaymentUnknown = 64, EvaluationUnknown = 128;
    // A row's state: its status in the low bits, and whether its export had no deadline, or no result date.
    private const byte DeadlineUnknown = 128, ResolutionUnknown = 64;
    // Version 2 added each row's state; a batch of version 1 has only ordinary dossiers with their deadlines known.
    private const byte FormatVersion = 2;

    // Columns are copied as they lie in memory: the packed form is little-endian, as every machine .NET runs on today.
    static DossierBatch()
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Packed dossier batches need a little-endian machine.");
    }

    private readonly int[] _lines = new int[Capacity];
    private readonly int[] _codeEnds = new int[Capacity];
    private byte[] _codes = new byte[Capacity * 16];
    private readonly ushort[] _fieldIds = new ushort[Capacity];
    private readonly long[] _received = new long[Capacity], _deadline = new long[Capacity], _resolved = new long[Capacity];
    private readonly long[] _fees = new long[Capacity];
    private readonly byte[] _channels = new byte[Capacity], _flags = new byte[Capacity], _states = new byte[Capacity];
    private readonly List<string> _fields = [];
    private readonly Dictionary<string, ushort> _fieldIndex = new(StringComparer.Ordinal);
    private readonly List<RowError> _errors = [];

    public int Count { get; private set; }

    /// <summary>What the rows added since the batch was cleared could not tell, for want of their file's columns.</summary>
    public DossierUnknowns Unknowns { get; private set; }
    /// <summary>No room for another row, or as many reasons kept as rows fit: time to hand the batch on.</summary>
    public bool IsFull => Count == Capacity || _errors.Count >= Capacity;

    /// <summary>Rows of this stretch of the file that were refused.</summary>
    public int Refused { get; private set; }

    /// <summary>The reasons of the refused rows, in line order.</summary>
    public IReadOnlyList<RowError> Errors => _errors;

    /// <summary>The fields named in this batch; <see cref="FieldIds"/> point into it.</summary>
    public IReadOnlyList<string> Fields => _fields;

    public ReadOnlySpan<ushort> FieldIds => _fieldIds.AsSpan(0, Count);
    /// <summary>A deadline or resolution that is not there: no <see cref="DateTime"/> has negative ticks.</summary>
    public const long NoTime = -1;

    /// <summary>Times as <see cref="DateTime.Ticks"/>; <see cref="NoTime"/> where there is none.</summary>
    public ReadOnlySpan<long> ReceivedTicks => _received.AsSpan(0, Count);
    public ReadOnlySpan<long> DeadlineTicks => _deadline.AsSpan(0, Count);
    public ReadOnlySpan<long> ResolvedTicks => _resolved.AsSpan(0, Count);
    /// <summary>Fees in hundredths of a đồng; -1 where there is none.</summary>
    public ReadOnlySpan<long> FeeHundredths => _fees.AsSpan(0, Count);

    public SubmissionChannel ChannelOf(int i) => (SubmissionChannel)_channels[i];
    public bool PaidOnline(int i) => (_flags[i] & Paid) != 0;
    public bool? SatisfiedOf(int i) => (_flags[i] & Evaluated) == 0 ? null : (_flags[i] & Satisfied) != 0;
    public DossierStatus StatusOf(int i) => (DossierStatus)(_states[i] & ~(DeadlineUnknown | ResolutionUnknown));

    /// <summary>A fee charged: an amount above 0, or "Có" without one.</summary>
    public bool WithFee(int i) => _fees[i] > 0 || (_flags[i] & Charged) != 0;

    public DossierUnknowns UnknownsOf(int i) =>
        ((_states[i] & DeadlineUnknown) != 0 ? DossierUnknowns.Deadline : 0) | ((_states[i] & ResolutionUnknown) != 0 ? DossierUnknowns.Resolution : 0) | ((_flags[i] & FeeUnknown) != 0 ? DossierUnknowns.Fee : 0)
        | ((_flags[i] & PaymentUnknown) != 0 ? DossierUnknowns.Payment : 0) | ((_flags[i] & EvaluationUnknown) != 0 ? DossierUnknowns.Evaluation : 0);

    /// <summary>The file's line of a row (0 for a batch read back from storage).</summary>
    public int LineOf(int i) => _lines[i];

    public ReadOnlySpan<byte> CodeOf(int i) => _codes.AsSpan(i == 0 ? 0 : _codeEnds[i - 1], _codeEnds[i] - (i == 0 ? 0 : _codeEnds[i - 1]));

    /// <summary>One row as a dossier (an object: for tests and small numbers of rows).</summary>
    public Dossier this[int i] => new(
        Encoding.UTF8.GetString(CodeOf(i)), _fields[_fieldIds[i]], new DateTime(_received[i]),
        _deadline[i] == NoTime ? null : new DateTime(_deadline[i]), _resolved[i] == NoTime ? null : new DateTime(_resolved[i]),
        ChannelOf(i), _fees[i] < 0 ? null : _fees[i] / 100m, PaidOnline(i), SatisfiedOf(i))
    {
        Status = StatusOf(i), Unknowns = UnknownsOf(i), FeeCharged = (_flags[i] & Charged) != 0,
    };

    public void Add(int line, Dossier d) =>
        Add(line, d.Code, d.Field, d.Received, d.Deadline, d.Resolved, d.Channel, d.Fee, d.PaidOnline, d.Satisfied, d.Status, d.Unknowns, d.FeeCharged);

    /// <summary>Adds a dossier read by <see cref="DossierRowReader"/> (fee: ≥ 0, two decimals, below 10^16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int line, ReadOnlySpan<char> code, ReadOnlySpan<char> field, DateTime received, DateTime? deadline, DateTime? resolved,
        SubmissionChannel channel, decimal? fee, bool paidOnline, bool? satisfied,
        DossierStatus status = DossierStatus.Ordinary, DossierUnknowns unknowns = DossierUnknowns.None, bool feeCharged = false)
    {
        if (Count == Capacity) throw new InvalidOperationException("The batch is full.");
        if (fee is < 0 or >= 1e16m || (fee is { } given && decimal.Round(given, 2) != given)) throw new ArgumentOutOfRangeException(nameof(fee), "A fee is at least 0, below 10^16, with at most 2 decimals.");
        var i = Count;
        var start = i == 0 ? 0 : _codeEnds[i - 1];
        var needed = start + Encoding.UTF8.GetMaxByteCount(code.Length);
        if (needed > _codes.Length) Array.Resize(ref _codes, Math.Max(needed, _codes.Length * 2));
        _codeEnds[i] = start + Encoding.UTF8.GetBytes(code, _codes.AsSpan(start));
        // Packed codes give their length in a byte (the reader allows 64 characters: at most 192 bytes).
        if (_codeEnds[i] - start > byte.MaxValue) throw new ArgumentException("A dossier code is at most 255 bytes in UTF-8.", nameof(code));
        _lines[i] = line;
        _fieldIds[i] = FieldId(field);
        _received[i] = received.Ticks;
        _deadline[i] = deadline?.Ticks ?? NoTime;
        _resolved[i] = resolved?.Ticks ?? NoTime;
        _channels[i] = (byte)channel;
        _fees[i] = fee is { } f ? (long)(f * 100) : -1;
        _flags[i] = (byte)((paidOnline ? Paid : 0) | (satisfied is null ? 0 : Evaluated) | (satisfied == true ? Satisfied : 0) | (fee is null ? 0 : HasFee)
            | (feeCharged ? Charged : 0) | ((unknowns & DossierUnknowns.Fee) != 0 ? FeeUnknown : 0)
            | ((unknowns & DossierUnknowns.Payment) != 0 ? PaymentUnknown : 0) | ((unknowns & DossierUnknowns.Evaluation) != 0 ? EvaluationUnknown : 0));
        _states[i] = (byte)((byte)status | ((unknowns & DossierUnknowns.Deadline) != 0 ? DeadlineUnknown : 0) | ((unknowns & DossierUnknowns.Resolution) != 0 ? ResolutionUnknown : 0));
        Unknowns |= unknowns;
        Count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ushort FieldId(ReadOnlySpan<char> field)
    {
        var lookup = _fieldIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(field, out var id)) return id;
        id = (ushort)_fields.Count;
        var name = field.ToString();
        _fields.Add(name);
        _fieldIndex.Add(name, id);
        return id;
    }

    /// <summary>Notes a refused row and its reasons.</summary>
    public void Refuse(IEnumerable<RowError> errors)
    {
        Refused++;
        _errors.AddRange(errors);
    }

    public void Clear()
    {
        Count = 0;
        Unknowns = DossierUnknowns.None;
        Refused = 0;
        _errors.Clear();
        _fields.Clear();
        _fieldIndex.Clear();
    }

    /// <summary>Groups rows into batches.</summary>
    public static IEnumerable<DossierBatch> Of(IEnumerable<DossierRow> rows)
    {
        var batch = new DossierBatch();
        foreach (var (line, dossier, errors) in rows)
        {
            if (dossier is null) batch.Refuse(errors);
            else batch.Add(line, dossier);
            if (batch.IsFull)
            {
                yield return batch;
                batch = new DossierBatch();
            }
        }
        if (batch.Count > 0 || batch.Refused > 0) yield return batch;
    }

    /// <summary>Keeps only the rows <paramref name="keep"/> chooses, in their order (refused rows stay as they are).</summary>
    public void Filter(Func<int, bool> keep)
    {
        var kept = 0;
        var codeEnd = 0;
        for (var i = 0; i < Count; i++)
        {
            if (!keep(i)) continue;
            var code = CodeOf(i);
            code.CopyTo(_codes.AsSpan(codeEnd));
            codeEnd += code.Length;
            _codeEnds[kept] = codeEnd;
            (_lines[kept], _fieldIds[kept], _received[kept], _deadline[kept], _resolved[kept]) = (_lines[i], _fieldIds[i], _received[i], _deadline[i], _resolved[i]);
            (_fees[kept], _channels[kept], _flags[kept], _states[kept]) = (_fees[i], _channels[i], _flags[i], _states[i]);
            kept++;
        }
        Count = kept;
    }

    // Packed layout, little-endian: version, count, field count, each field (length, UTF-8), then the columns. Times
    // are whole seconds from the batch's earliest time in 4 bytes where they all fit (exports give at most seconds),
    // ticks in 8 otherwise; fees are given only for the rows that have one. The figures and the codes are packed
    // apart so that the statistics never read the codes.

    /// <summary>Everything but the codes and lines, as bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public byte[] PackFigures()
    {
        var names = _fields.Select(Encoding.UTF8.GetBytes).ToList();
        var times = new[] { _received, _deadline, _resolved };
        var origin = long.MaxValue;
        foreach (var column in times)
            foreach (var ticks in column.AsSpan(0, Count))
                if (ticks != NoTime && ticks < origin) origin = ticks;
        origin -= origin % TimeSpan.TicksPerSecond;
        var narrow = times.Select(column => Fits(column.AsSpan(0, Count), origin)).ToArray();
        var fees = 0;
        for (var i = 0; i < Count; i++) if ((_flags[i] & HasFee) != 0) fees++;
        var size = 1 + 4 + 4 + names.Sum(n => 4 + n.Length) + Count * 2 + 8 + 3 + narrow.Sum(n => Count * (n ? 4 : 8)) + Count * 3 + fees * 8;
        var bytes = new byte[size];
        var writer = new SpanWriter(bytes);
        writer.Byte(FormatVersion);
        writer.Int(Count);
        writer.Int(names.Count);
        foreach (var name in names)
        {
            writer.Int(name.Length);
            writer.Bytes(name);
        }
        writer.Column(FieldIds);
        writer.Long(origin);
        for (var t = 0; t < times.Length; t++)
        {
            writer.Byte(narrow[t] ? (byte)4 : (byte)8);
            if (!narrow[t]) writer.Column<long>(times[t].AsSpan(0, Count));
            else
                foreach (var ticks in times[t].AsSpan(0, Count))
                    writer.UInt(ticks == NoTime ? uint.MaxValue : (uint)((ticks - origin) / TimeSpan.TicksPerSecond));
        }
        writer.Bytes(_channels.AsSpan(0, Count));
        writer.Bytes(_flags.AsSpan(0, Count));
        writer.Bytes(_states.AsSpan(0, Count));
        for (var i = 0; i < Count; i++)
            if ((_flags[i] & HasFee) != 0) writer.Long(_fees[i]);
        return bytes;
    }

    // Whole seconds, less than uint.MaxValue of them after the origin (136 years).
    private static bool Fits(ReadOnlySpan<long> column, long origin)
    {
        foreach (var ticks in column)
            if (ticks != NoTime && (ticks % TimeSpan.TicksPerSecond != 0 || (ticks - origin) / TimeSpan.TicksPerSecond >= uint.MaxValue)) return false;
        return true;
    }

    /// <summary>The codes, as bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public byte[] PackCodes()
    {
        // Front coding: each code as the length it shares with the one before, then the rest. Exports number their
        // dossiers in sequence ("…-240115-0001", "…-240115-0002"), so most of a code is the previous one's.
        var length = Count == 0 ? 0 : _codeEnds[Count - 1];
        var bytes = new byte[4 + Count * 2 + length];
        var writer = new SpanWriter(bytes);
        writer.Int(Count);
        ReadOnlySpan<byte> previous = default;
        for (var i = 0; i < Count; i++)
        {
            var code = CodeOf(i);
            var shared = Math.Min(code.CommonPrefixLength(previous), byte.MaxValue);
            writer.Byte((byte)shared);
            writer.Byte((byte)(code.Length - shared));
            writer.Bytes(code[shared..]);
            previous = code;
        }
        return bytes.AsSpan(0, writer.Length).ToArray();
    }

    /// <summary>
    /// Replaces this batch's rows with packed ones: figures, codes or both (the other empty). Without figures only
    /// <see cref="CodeOf"/> is meant; without codes it gives nothing.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a packed batch.</exception>
    public void Unpack(ReadOnlySpan<byte> figures, ReadOnlySpan<byte> codes)
    {
        Clear();
        var count = figures.IsEmpty ? -1 : UnpackFigures(figures);
        if (codes.IsEmpty)
        {
            _codeEnds.AsSpan(0, Math.Max(count, 0)).Clear();
        }
        else
        {
            var reader = new SpanReader(codes);
            var codeCount = reader.Int();
            if (codeCount is < 0 or > Capacity || (count >= 0 && codeCount != count)) throw new InvalidDataException("Damaged dossier batch.");
            int start = 0, end = 0;
            for (var i = 0; i < codeCount; i++)
            {
                var shared = reader.Byte();
                var rest = reader.Bytes(reader.Byte());
                if (shared > end - start) throw new InvalidDataException("Damaged dossier batch.");
                if (end + shared + rest.Length > _codes.Length) Array.Resize(ref _codes, Math.Max(_codes.Length * 2, end + shared + rest.Length));
                _codes.AsSpan(start, shared).CopyTo(_codes.AsSpan(end));
                rest.CopyTo(_codes.AsSpan(end + shared));
                (start, end) = (end, end + shared + rest.Length);
                _codeEnds[i] = end;
            }
            if (!reader.AtEnd) throw new InvalidDataException("Damaged dossier batch.");
            count = codeCount;
        }
        _lines.AsSpan(0, Math.Max(count, 0)).Clear();
        Count = Math.Max(count, 0);
    }

    private int UnpackFigures(ReadOnlySpan<byte> figures)
    {
        var reader = new SpanReader(figures);
        var version = reader.Byte();
        if (version is not (1 or FormatVersion)) throw new InvalidDataException("Unknown dossier batch format.");
        var count = reader.Int();
        var fieldCount = reader.Int();
        if (count is < 0 or > Capacity || fieldCount is < 0 or > Capacity) throw new InvalidDataException("Damaged dossier batch.");
        for (var f = 0; f < fieldCount; f++)
        {
            var name = Encoding.UTF8.GetString(reader.Bytes(reader.Int()));
            _fieldIndex[name] = (ushort)_fields.Count;
            _fields.Add(name);
        }
        reader.Column(_fieldIds.AsSpan(0, count));
        foreach (var id in _fieldIds.AsSpan(0, count))
            if (id >= fieldCount) throw new InvalidDataException("Damaged dossier batch.");
        var origin = reader.Long();
        foreach (var column in new[] { _received, _deadline, _resolved })
        {
            var width = reader.Byte();
            if (width == 8) reader.Column(column.AsSpan(0, count));
            else if (width != 4) throw new InvalidDataException("Damaged dossier batch.");
            else
                for (var i = 0; i < count; i++)
                    column[i] = reader.UInt() is var seconds && seconds == uint.MaxValue ? NoTime : origin + seconds * TimeSpan.TicksPerSecond;
            // Every dossier was received: only deadlines and resolutions may be missing.
            var lowest = column == _received ? 0 : NoTime;
            foreach (var ticks in column.AsSpan(0, count))
                if (ticks < lowest || ticks > DateTime.MaxValue.Ticks) throw new InvalidDataException("Damaged dossier batch.");
        }
        reader.Bytes(count).CopyTo(_channels);
        reader.Bytes(count).CopyTo(_flags);
        if (version == 1) _states.AsSpan(0, count).Clear();
        else reader.Bytes(count).CopyTo(_states);
        foreach (var state in _states.AsSpan(0, count))
            if ((state & ~(DeadlineUnknown | ResolutionUnknown)) > (int)DossierStatus.Cancelled) throw new InvalidDataException("Damaged dossier batch.");
        for (var i = 0; i < count; i++) _fees[i] = (_flags[i] & HasFee) != 0 ? reader.Long() : -1;
        if (!reader.AtEnd) throw new InvalidDataException("Damaged dossier batch.");
        return count;
    }

    private ref struct SpanWriter(Span<byte> bytes)
    {
        private readonly Span<byte> _bytes = bytes;
        private int _at;

        public readonly int Length => _at;

        public void Byte(byte value) => _bytes[_at++] = value;

        public void Int(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_bytes[_at..], value);
            _at += 4;
        }

        public void Long(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_bytes[_at..], value);
            _at += 8;
        }

        public void UInt(uint value)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(_bytes[_at..], value);
            _at += 4;
        }

        public void Bytes(scoped ReadOnlySpan<byte> value)
        {
            value.CopyTo(_bytes[_at..]);
            _at += value.Length;
        }

        public void Column<T>(scoped ReadOnlySpan<T> values) where T : unmanaged => Bytes(MemoryMarshal.AsBytes(values));
    }

    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public byte Byte() => Bytes(1)[0];

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        public uint UInt() => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4));

        public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Bytes(8));

        public readonly bool AtEnd => _at == _bytes.Length;

        public ReadOnlySpan<byte> Bytes(int length)
        {
            if ((uint)length > (uint)(_bytes.Length - _at)) throw new InvalidDataException("Damaged dossier batch.");
            var value = _bytes.Slice(_at, length);
            _at += length;
            return value;
        }

        public void Column<T>(Span<T> into) where T : unmanaged => Bytes(into.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()).CopyTo(MemoryMarshal.AsBytes(into));
    }
}
