namespace Twin.Models.Tiles;

/// <summary>The metadata types the tiles use: STRING, SCALAR INT32, SCALAR FLOAT64, BOOLEAN.</summary>
internal enum FeatureColumnType
{
    String = 1,
    Int32 = 2,
    Float64 = 3,
    Boolean = 4,
}
