using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>A tree's height and crown diameter in metres, trunk circumference in centimetres, and where they come from.</summary>
internal sealed record TreeDimensions(double Height, double CrownDiameter, double? TrunkCircumference, TreeDimensionsSource Source);
