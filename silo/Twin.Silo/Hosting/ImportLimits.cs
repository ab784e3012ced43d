using System.ComponentModel.DataAnnotations;

namespace Twin.Silo.Hosting;

public sealed record ImportLimits
{
    /// <summary>The most bytes one import may upload, all files together.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxUploadBytes { get; init; } = 512L * 1024 * 1024;
}
