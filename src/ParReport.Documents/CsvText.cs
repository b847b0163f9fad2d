using ParReport.Domain.Text;
using System.Text;

namespace ParReport.Documents;

/// <summary>
/// Opens a CSV export as text the way it comes: UTF-8 with or without BOM, or the legacy Windows-1258 code page of
/// older one-stop systems (detected from the first 64 KB: bytes that are not valid UTF-8), and finds its separator
/// (comma, semicolon or tab) on the lines that have the most of one — title lines above the header have none.
/// </summary>
internal static class CsvText
{
    private const int Sample = 64 * 1024;

    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (TextReader Text, char Separator) Open(Stream stream)
    {
        var prefix = new byte[Sample];
        var length = 0;
        for (int read; length < Sample && (read = stream.Read(prefix, length, Sample - length)) > 0;) length += read;
        var head = prefix.AsSpan(0, length);
        var utf8 = head.StartsWith(Encoding.UTF8.Preamble) || IsUtf8(head, complete: length < Sample);
        var encoding = utf8 ? (Encoding)new UTF8Encoding(false) : Encoding.GetEncoding(1258);
        var separator = Separator(encoding.GetString(head));
        var whole = new PrefixedStream(prefix, length, stream);
        // Windows-1258 writes some tones as combining marks: composed, as the rest of the application stores text.
        TextReader text = utf8 ? new StreamReader(whole, encoding, detectEncodingFromByteOrderMarks: true) : new ComposingReader(new StreamReader(whole, encoding));
        return (text, separator);
    }

    // A sample cut at its end may split a character: only the bytes before the last line break are judged then.
    private static bool IsUtf8(ReadOnlySpan<byte> head, bool complete)
    {
        if (!complete && head.LastIndexOf((byte)'\n') is > 0 and var end) head = head[..end];
        return System.Text.Unicode.Utf8.IsValid(head);
    }

    private static char Separator(string sample)
    {
        var lines = sample.Split('\n').Take(40).ToList();
        char[] candidates = [',', ';', '\t'];
        return candidates.MaxBy(c => lines.Max(l => l.Count(x => x == c)));
    }

    /// <summary>The bytes already read, then the rest of the stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, int length, Stream rest) : Stream
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= length) return rest.Read(buffer);
            var n = Math.Min(buffer.Length, length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) rest.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>Text line by line in Unicode's composed form (NFC).</summary>
    private sealed class ComposingReader(TextReader inner) : TextReader
    {
        private string _line = "";
        private int _at;

        public override int Read(Span<char> buffer)
        {
            if (_at >= _line.Length)
            {
                if (inner.ReadLine() is not { } line) return 0;
                (_line, _at) = (UnicodeText.Normalize(line, NormalizationForm.FormC) + "\n", 0);
            }
            var n = Math.Min(buffer.Length, _line.Length - _at);
            _line.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Peek() => _at < _line.Length ? _line[_at] : inner.Peek();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
