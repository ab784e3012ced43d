using System.Text;

namespace Twin.Testing;

/// <summary>A folder of its own for one test's files, deleted afterwards.</summary>
public sealed class TemporaryFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("twin-test-");

    public string Path => _folder.FullName;

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
