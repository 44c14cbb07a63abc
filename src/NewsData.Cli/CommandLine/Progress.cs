using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;

namespace NewsData.Cli;

/// <summary>
/// "reading 340/1200 files" on stderr, redrawn in place at most ten times a second, and only when stderr is a
/// terminal (a log or a pipe gets no carriage returns) and the command is not <c>--quiet</c>. Nothing is drawn
/// for a run that ends within the first half second; the line is erased when the work is done.
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan FirstDraw = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(100);

    private readonly CommandContext _context;
    private readonly string _verb;
    private readonly int _total;
    private readonly Timer? _timer;
    private readonly object _drawing = new();
    private int _done;
    private bool _drawn;
    private bool _finished;

    private Progress(CommandContext context, string verb, int total, bool show)
    {
        _context = context;
        _verb = verb;
        _total = total;
        Elapsed = Stopwatch.StartNew();
        if (show)
        {
            _timer = new Timer(_ => Draw(), null, FirstDraw, Redraw);
        }
    }

    /// <summary>Time since the work started, for the summary line.</summary>
    public Stopwatch Elapsed { get; }

    public static Progress Start(CommandContext context, string verb, int total, bool quiet) =>
        new(context, verb, total, show: context.ErrorIsTerminal && !quiet && total > 1);

    /// <summary>One more item done; safe from any thread.</summary>
    public void Advance() => Interlocked.Increment(ref _done);

    /// <summary>The line as it is drawn now (for tests and the first draw).</summary>
    public string Line => string.Create(CultureInfo.InvariantCulture, $"{_verb} {Volatile.Read(ref _done)}/{_total} files");

    public void Draw()
    {
        lock (_drawing)
        {
            if (_finished)
            {
                return;
            }

            // Carriage return, the line, then erase to the end: the terminal shows one line that counts up.
            Write("\r" + Line + "\u001b[K");
            _drawn = true;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_drawing)
        {
            _finished = true;
            if (_drawn)
            {
                Write("\r\u001b[K");
            }
        }
    }

    private void Write(string text)
    {
        try
        {
            _context.Error.Write(text);
            _context.Error.Flush();
        }
        catch (Exception exception) when (exception is System.IO.IOException or UnauthorizedAccessException)
        {
            // Progress is never worth failing for.
        }
    }
}
