#if !NETSTANDARD2_0
using System.Runtime.CompilerServices;

// Libraries built against this package's netstandard2.0 build (NewsData.Extraction among them) call
// init accessors whose signatures name the polyfilled IsExternalInit in this assembly. On modern
// runtimes this build is loaded instead, so forward that type to the BCL's, or those calls fail with
// MissingMethodException.
// Not API anyone calls, and in one target framework only: kept out of the API baseline (PublicAPI.*.txt).
#pragma warning disable RS0016
[assembly: TypeForwardedTo(typeof(IsExternalInit))]
#pragma warning restore RS0016
#endif
