namespace Twin.Testing;

/// <summary>Where the repository and the shared reference data are, seen from a test or benchmark binary.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/data beside the repository, or null when it is not there.</summary>
    public static string? SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Twin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Twin.sln not found above " + AppContext.BaseDirectory);
    }
}
