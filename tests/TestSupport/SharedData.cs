namespace Twin.Testing;

/// <summary>
/// The reference data in ../shared/data beside the repository. Tests that need it skip with a
/// printed reason when it is absent, except under CI (CI=true), where its absence fails the test.
/// </summary>
public static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Root
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
            return Directory.Exists(path) ? path : null;
        }
    }

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

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Twin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Twin.sln not found above " + AppContext.BaseDirectory);
    }
}
