using System;
using System.IO;
using NewsData.CorpusSynth;

// dotnet run -c Release --project benchmarks/NewsData.CorpusSynth -- COUNT OUTPUT_FOLDER [SEED]
if (args.Length < 2 || !int.TryParse(args[0], out var count) || count < 1)
{
    Console.Error.WriteLine("usage: NewsData.CorpusSynth COUNT OUTPUT_FOLDER [SEED]");
    return 2;
}

var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20261122;
Directory.CreateDirectory(args[1]);
long bytes = 0;
var synthesizer = new ScrapeSynthesizer(seed);
for (var i = 0; i < count; i++)
{
    var (name, text) = synthesizer.Next(i);
    var path = Path.Combine(args[1], name);
    File.WriteAllText(path, text);
    bytes += new FileInfo(path).Length;
}

Console.WriteLine($"{count} articles, {bytes / 1024.0 / 1024.0:0.0} MB, in {args[1]} (seed {seed})");
return 0;
