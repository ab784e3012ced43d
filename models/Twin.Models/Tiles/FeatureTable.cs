using System.Text.Json;

namespace Twin.Models.Tiles;

/// <summary>
/// The one property table of a tile: one row per feature of every kind (building, tree, street, utility,
/// sensor, ground), the row index is the feature id. CesiumJS picks and styles through a single property
/// table per content, so the kinds share one class: every row has the STRING properties <c>id</c> and
/// <c>kind</c>; a property another kind carries holds its no-data value ("" for strings, -1 for integers,
/// -9999 for reals), which viewers leave out.
/// </summary>
internal sealed class FeatureTable
{
    private readonly List<FeatureColumn> _columns = [];
    private readonly Dictionary<string, FeatureColumn> _byName = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];

    /// <summary>No-data value of real-valued properties.</summary>
    public const double RealNoData = -9999;

    public const string ClassName = "feature";

    public FeatureTable()
    {
        Column("id", FeatureColumnType.String);
        Column("kind", FeatureColumnType.String);
    }

    public int Count { get; private set; }

    public IReadOnlyList<string> Ids => _ids;

    /// <summary>Starts a row; returns its feature id.</summary>
    public int AddRow(string id, string kind)
    {
        foreach (var column in _columns)
        {
            column.PadTo(Count);
        }

        Count++;
        _ids.Add(id);
        _byName["id"].Add(id);
        _byName["kind"].Add(kind);
        return Count - 1;
    }

    public void Set(string name, string? value) => Row(name, FeatureColumnType.String, null).Add(value);

    public void Set(string name, int? value, int noData = -1) => Row(name, FeatureColumnType.Int32, noData).Add(value);

    public void Set(string name, double? value, double noData = RealNoData) => Row(name, FeatureColumnType.Float64, noData).Add(value);

    /// <summary>A yes/no property, stored as 1/0 (BOOLEAN has no no-data value, and other kinds lack it).</summary>
    public void Set(string name, bool value) => Row(name, FeatureColumnType.Int32, -1).Add(value ? 1 : 0);

    public void Encode(GlbBinary binary)
    {
        foreach (var column in _columns)
        {
            column.PadTo(Count);
            column.Encode(binary);
        }
    }

    public void WriteClass(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(ClassName);
        writer.WriteStartObject("properties");
        foreach (var column in _columns)
        {
            column.WriteClassProperty(writer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public void WriteTable(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("class", ClassName);
        writer.WriteNumber("count", Count);
        writer.WriteStartObject("properties");
        foreach (var column in _columns)
        {
            column.WriteTableProperty(writer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private FeatureColumn Row(string name, FeatureColumnType type, double? noData)
    {
        var column = _byName.TryGetValue(name, out var existing) ? existing : Column(name, type, noData);
        column.PadTo(Count - 1);
        return column;
    }

    private FeatureColumn Column(string name, FeatureColumnType type, double? noData = null)
    {
        var column = new FeatureColumn(name, type, noData);
        _columns.Add(column);
        _byName.Add(name, column);
        return column;
    }
}
