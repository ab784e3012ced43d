namespace Twin.Models.Tests.Import;

/// <summary>A directory under the system temp folder for files a test writes; deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "twin-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a text file into the directory and returns its full path.</summary>
    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies a file and the files beside it with the same base name (a shapefile's .dbf, .prj...).</summary>
    public string CopyWithSiblings(string source, string newBaseName, params string[] skipExtensions)
    {
        var directory = System.IO.Path.GetDirectoryName(source)!;
        var baseName = System.IO.Path.GetFileNameWithoutExtension(source);
        foreach (var file in Directory.GetFiles(directory, baseName + ".*"))
        {
            var extension = System.IO.Path.GetExtension(file);
            if (!skipExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                System.IO.File.Copy(file, File(newBaseName + extension));
            }
        }

        return File(newBaseName + System.IO.Path.GetExtension(source));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failing test must not hide that test's own failure.
        }
    }
}
