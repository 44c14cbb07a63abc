using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsData.Internal;

/// <summary>Identity comparison (netstandard2.0 has no ReferenceEqualityComparer): records compare by value, lookups here by instance.</summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
