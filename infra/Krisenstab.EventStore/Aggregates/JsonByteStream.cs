namespace Krisenstab.EventStore;

/// <summary>
/// Where <see cref="SnapshotCodec{TState}"/> serializes to: without a target it only counts the bytes; with one it
/// fills it, or (<paramref name="compare"/>) compares what is written with it. <see cref="Matched"/> is true when exactly
/// the target's bytes were written.
/// </summary>
internal sealed class JsonByteStream(byte[]? target = null, bool compare = false) : Stream
{
    private bool _differs;

    public long Written { get; private set; }

    public bool Matched => target is not null && !_differs && Written == target.Length;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (target is not null && !_differs)
        {
            if (Written + buffer.Length > target.Length)
            {
                _differs = true;
            }
            else if (compare)
            {
                _differs = !buffer.SequenceEqual(target.AsSpan((int)Written, buffer.Length));
            }
            else
            {
                buffer.CopyTo(target.AsSpan((int)Written));
            }
        }
        Written += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Written;

    public override long Position
    {
        get => Written;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
