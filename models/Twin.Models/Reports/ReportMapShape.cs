using Twin.Models.Geo;

namespace Twin.Models.Reports;

/// <summary>One shape of the report's map: a polygon (filled), a line (stroked, with a width in metres) or a point (a marker).</summary>
public sealed record ReportMapShape(string Title, string Colour, RdPolygon? Polygon = null, RdLine? Line = null, RdPoint? Point = null, double Width = 2);
