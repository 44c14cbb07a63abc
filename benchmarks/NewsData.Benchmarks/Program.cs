using BenchmarkDotNet.Running;

namespace NewsData.Benchmarks;

/// <summary>dotnet run -c Release --project benchmarks/NewsData.Benchmarks -- --filter '*'</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
