using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace NewsData.Cli.Tests;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol: just enough to open a page, click,
/// evaluate script and take a screenshot. (Playwright's own browser download is refused on this
/// network, and the protocol needs nothing beyond the framework.)
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string DefaultPath = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The browser to use: CHROMIUM_PATH, else Debian's, or null when neither exists.</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path && File.Exists(path) ? path
        : File.Exists(DefaultPath) ? DefaultPath
        : null;

    public static async Task<HeadlessChromium> LaunchAsync(string executable)
    {
        var profile = Path.Combine(Path.GetTempPath(), "newsdata-chromium-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // The flags keep it off the network (closed here) and independent of any profile.
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--window-size=1400,1000",
            "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
        })
        {
            start.ArgumentList.Add(flag);
        }

        var process = Process.Start(start)!;
        var browser = new HeadlessChromium(process, profile);
        var endpoint = await ReadDevToolsPortAsync(process);
        using var http = new HttpClient();
        var pages = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{endpoint}/json/list"))!.AsArray();
        var page = pages.First(p => (string?)p!["type"] == "page")!;
        await browser._socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
        await browser.SendAsync("Page.enable");
        await browser.SendAsync("Runtime.enable");
        return browser;
    }

    public async Task NavigateAsync(string url)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        for (var i = 0; i < 100; i++)
        {
            if (await EvaluateAsync<string>("document.readyState") == "complete")
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The page did not finish loading: " + url);
    }

    public async Task<T?> EvaluateAsync<T>(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException("Script failed: " + exception.ToJsonString());
        }

        var value = result["result"]?["value"];
        return value is null ? default : value.Deserialize<T>();
    }

    /// <summary>A real mouse click in the middle of the first element matching <paramref name="selector"/>, as a user would.</summary>
    public async Task ClickAsync(string selector)
    {
        var box = await EvaluateAsync<double[]>($$"""
            (function () {
              var element = document.querySelector({{JsonSerializer.Serialize(selector)}});
              if (!element) { return null; }
              element.scrollIntoView({ block: 'center' });
              var r = element.getBoundingClientRect();
              return [r.left + r.width / 2, r.top + r.height / 2];
            })()
            """) ?? throw new InvalidOperationException("Nothing on the page matches " + selector);
        foreach (var type in new[] { "mousePressed", "mouseReleased" })
        {
            await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = type, ["x"] = box[0], ["y"] = box[1], ["button"] = "left", ["clickCount"] = 1 });
        }
    }

    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        return Convert.FromBase64String((string)result["data"]!);
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult part;
            do
            {
                part = await _socket.ReceiveAsync(buffer, timeout.Token);
                received.Write(buffer, 0, part.Count);
            }
            while (!part.EndOfMessage);

            var reply = JsonNode.Parse(received.ToArray())!;
            if ((int?)reply["id"] != id)
            {
                continue; // an event, or a reply to someone else
            }

            if (reply["error"] is { } error)
            {
                throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
            }

            return reply["result"]!;
        }
    }

    private static async Task<int> ReadDevToolsPortAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seen = new StringBuilder();
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.AppendLine(line);
            var match = Regex.Match(line, @"DevTools listening on ws://[^:]+:(\d+)/");
            if (match.Success)
            {
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("Chromium exited without opening DevTools:" + Environment.NewLine + seen);
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; a stray temp profile is harmless.
        }
    }
}

/// <summary>A fact that needs Chromium: skipped, saying why, where the browser is not installed.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Executable is null)
        {
            Skip = $"Chromium is not installed ({HeadlessChromium.DefaultPath} missing, CHROMIUM_PATH unset): .ci/run installs Debian's chromium package.";
        }
    }
}
