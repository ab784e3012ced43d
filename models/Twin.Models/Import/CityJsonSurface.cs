using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>One surface of a CityJSON geometry: its rings (arrays of vertex indices, the first one outer) and its semantic type, if any.</summary>
internal readonly record struct CityJsonSurface(JsonElement Rings, string? SemanticType);
