using System;
using System.IO;

namespace NewsData.Tests.Shared;

/// <summary>Folders of the repository as seen from a test's output folder: for tests that read the repository's own files.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root, the folder holding NewsData.Generators.sln.</summary>
    public static string Root => FolderAbove("NewsData.Generators.sln");

    /// <summary>The nearest folder above the test assembly that holds <paramref name="fileName"/>.</summary>
    public static string FolderAbove(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, fileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {fileName}.");
    }
}
