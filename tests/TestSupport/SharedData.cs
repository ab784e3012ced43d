namespace Twin.Testing;

/// <summary>
/// The reference data in ../shared/data beside the repository. Tests that need it skip with a
/// printed reason when it is absent, except under CI (CI=true), where its absence fails the test.
/// </summary>
public static class SharedData
{
    public static string RepositoryRoot => RepositoryPaths.Root;

    public static string? Root => RepositoryPaths.SharedData;

    /// <summary>The full path of a file under ../shared/data, or a skip (a failure under CI) when it is not there.</summary>
    public static string File(string relativePath)
    {
        var root = Root;
        var path = root is null ? null : Path.Combine(root, relativePath);
        if (path is not null && System.IO.File.Exists(path))
        {
            return path;
        }

        var reason = $"reference data ../shared/data/{relativePath} is not present";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " (CI=true: it must be)");
        }

        Assert.Skip(reason);
        return string.Empty;
    }

    /// <summary>A file committed under the repository (fixtures), by path from the repository root.</summary>
    public static string RepositoryFile(string relativePath) => Path.Combine(RepositoryRoot, relativePath);
}
