namespace NewsData.Extraction.Entities;

/// <summary>
/// For each character position of an article, a number saying which mention covers it first (0:
/// none). A zeroed <c>int[]</c> of the article's length per article was a tenth of extraction's
/// allocation and all of its memset; this map is kept per thread and every entry carries the
/// generation that wrote it, so starting a new article clears nothing. One article is read at a time
/// on a thread, so one map per thread is enough.
/// </summary>
internal sealed class MentionOwners
{
    /// <summary>Longer articles get a map of their own: a thread keeps at most 1 MiB alive.</summary>
    private const int LongestShared = 1 << 17;

    [System.ThreadStatic]
    private static MentionOwners? _shared;

    private int[] _generations = new int[0];
    private int[] _owners = new int[0];
    private int _generation;

    private MentionOwners()
    {
    }

    /// <summary>Positions 0 to <see cref="Length"/> - 1 are valid.</summary>
    public int Length { get; private set; }

    /// <summary>An empty map for a text of <paramref name="length"/> characters; it replaces the thread's previous one.</summary>
    public static MentionOwners Start(int length)
    {
        var map = length > LongestShared ? new MentionOwners() : (_shared ??= new MentionOwners());
        map.Reset(length);
        return map;
    }

    public int this[int position] => _generations[position] == _generation ? _owners[position] : 0;

    /// <summary>Sets the owner of <paramref name="position"/> unless an earlier mention already owns it.</summary>
    public void SetIfFree(int position, int owner)
    {
        if (_generations[position] != _generation)
        {
            _generations[position] = _generation;
            _owners[position] = owner;
        }
    }

    private void Reset(int length)
    {
        if (_generations.Length < length)
        {
            var capacity = System.Math.Max(length, 4096);
            _generations = new int[capacity];
            _owners = new int[capacity];
            _generation = 0;
        }

        if (++_generation == int.MaxValue)
        {
            System.Array.Clear(_generations, 0, _generations.Length);
            _generation = 1;
        }

        Length = length;
    }
}
