using System.Collections.Immutable;

namespace Twin.Models.Reports;

/// <summary>What the report's map draws: shapes in RD New with a fill or stroke colour and a title shown on hover.</summary>
public sealed record ReportMapLayer(
    string Name,
    ImmutableArray<ReportMapShape> Shapes);
