using System;
using System.IO;

namespace NewsData.Generators.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots, a stand-in for Verify.Xunit until its core package can be restored here:
/// compares text with Snapshots/NAME.verified.cs in the test project, and on a mismatch writes
/// NAME.received.cs beside it and fails. To approve a change, review the diff and rename the received
/// file over the verified one.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string name)
    {
        var directory = Path.Combine(ProjectDirectory(), "Snapshots");
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        actual = Normalize(actual);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, actual);
        Assert.Fail(verified is null
            ? $"No approved snapshot for {name}. Review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)} to approve it."
            : $"{name} differs from its approved snapshot. Compare {receivedPath} with {verifiedPath}; rename the received file over the verified one if the change is intended.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');

    /// <summary>The test project's own folder: snapshots belong in the source tree, not in bin/.</summary>
    private static string ProjectDirectory() => NewsData.Tests.Shared.RepositoryFiles.FolderAbove("NewsData.Generators.Tests.csproj");
}
