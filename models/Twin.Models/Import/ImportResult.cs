using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// The outcome of reading a file: the valid entities, one rejection per feature that is not
/// imported, warnings about parts of imported features that were left out, and a file-level error
/// when the file as a whole cannot be read (then nothing is imported).
/// </summary>
public sealed record ImportResult(
    CitySet Entities,
    ImmutableArray<ImportRejection> Rejections,
    int FeatureCount,
    string? FileError)
{
    public bool Succeeded => FileError is null;

    public ImmutableArray<ImportWarning> Warnings { get; init; } = [];

    public static ImportResult Failed(string error) => new(CitySet.Empty, [], 0, error);
}
