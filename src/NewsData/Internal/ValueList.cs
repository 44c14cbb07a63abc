using System;
using System.Collections;
using System.Collections.Generic;

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

    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

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

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
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
        foreach (var item in _items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
