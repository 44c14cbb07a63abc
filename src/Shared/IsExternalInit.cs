namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 compile <c>init</c> accessors and records; the runtime never needs the type.</summary>
internal static class IsExternalInit
{
}

