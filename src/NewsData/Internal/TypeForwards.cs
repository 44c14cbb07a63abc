#if !NETSTANDARD2_0
using System.Runtime.CompilerServices;

// Libraries built against this package's netstandard2.0 build (NewsData.Extraction among them) call
// init accessors whose signatures name the polyfilled IsExternalInit in this assembly. On modern
// runtimes this build is loaded instead, so forward that type to the BCL's, or those calls fail with
// MissingMethodException.
[assembly: TypeForwardedTo(typeof(IsExternalInit))]
#endif
