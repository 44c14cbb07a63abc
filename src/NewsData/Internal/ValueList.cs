using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace NewsData.Internal;

/// <summary>
/// An immutable list with value equality. Records compare their members with
/// <see cref="EqualityComparer{T}.Default"/>, so storing lists as <see cref="ValueList{T}"/>
/// (while exposing them as <see cref="IReadOnlyList{T}"/>) makes two articles with the same
/// content equal, which is what tests and the generator's caching rely on.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new(Array.Empty<T>());

    // A compiled corpus hands out lists whose items come from an article's text; they are made on
    // first read (once: the factory is deterministic, so a race only repeats work) and then kept.
    private T[]? _items;
    private Func<T[]>? _factory;

    private ValueList(T[] items) => _items = items;

    private ValueList(Func<T[]> factory) => _factory = factory;

    /// <summary>A list over <paramref name="items"/> itself, not a copy: for arrays nothing else holds.</summary>
    public static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new(items);

    /// <summary>A list whose items are made by <paramref name="factory"/> the first time they are read.</summary>
    public static ValueList<T> Lazy(Func<T[]> factory) => new(factory ?? throw new ArgumentNullException(nameof(factory)));

    private T[] Items
    {
        get
        {
            var items = Volatile.Read(ref _items);
            if (items is null)
            {
                items = _factory!();
                Volatile.Write(ref _items, items);
                _factory = null;
            }

            return items;
        }
    }

    /// <summary>Copies <paramref name="items"/> unless it already is a <see cref="ValueList{T}"/>.</summary>
    public static ValueList<T> From(IEnumerable<T>? items)
    {
        switch (items)
        {
            case null:
                return Empty;
            case ValueList<T> list:
                return list;
            default:
                var array = new List<T>(items).ToArray();
                return array.Length == 0 ? Empty : new ValueList<T>(array);
        }
    }

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        var mine = Items;
        if (other is null || other.Items.Length != mine.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        var theirs = other.Items;
        for (var i = 0; i < mine.Length; i++)
        {
            if (!comparer.Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var comparer = EqualityComparer<T>.Default;
        var hash = 17;
        foreach (var item in Items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}
