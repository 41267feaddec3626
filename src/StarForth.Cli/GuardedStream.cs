using System;
using System.IO;

namespace StarForth.Cli;

/// <summary>
/// A standard output stream that never throws: the first failed write (a full disk, a closed descriptor) is recorded
/// in a <see cref="HostFailure"/> and everything after it is dropped. With no inner stream, the descriptor was
/// closed when the process started and every write fails that way.
/// </summary>
public sealed class GuardedStream : Stream
{
    private readonly Stream? inner;
    private readonly string name;
    private HostFailure? failure;
    private bool failed;

    /// <param name="failure">Where the failure is recorded; null to drop output silently (standard error).</param>
    public GuardedStream(Stream? inner, string name, HostFailure? failure)
    {
        this.inner = inner;
        this.name = name;
        this.failure = failure;
    }

    /// <summary>Redirects later failures to <paramref name="target"/> (the session's own record).</summary>
    public void ReportTo(HostFailure target) => failure = target;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (failed)
        {
            return;
        }
        if (inner == null)
        {
            Fail(new IOException("Bad file descriptor", 9));
            return;
        }
        try
        {
            inner.Write(buffer);
        }
        catch (Exception exception) when (HostFailure.IsHostIo(exception))
        {
            Fail(exception);
        }
    }

    public override void Flush()
    {
        if (failed || inner == null)
        {
            return;
        }
        try
        {
            inner.Flush();
        }
        catch (Exception exception) when (HostFailure.IsHostIo(exception))
        {
            Fail(exception);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Fail(Exception exception)
    {
        failed = true;
        failure?.Record("write", name, exception);
    }
}
