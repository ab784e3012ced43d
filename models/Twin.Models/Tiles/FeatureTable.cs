using System.Text.Json;

namespace Twin.Models.Tiles;

/// <summary>
/// The property table of one class (building, tree, street, utility, sensor, ground): one row per feature,
/// the row index is the feature id. Every class has the STRING properties <c>id</c> and <c>kind</c>.
/// </summary>
internal sealed class FeatureTable
{
    private readonly List<FeatureColumn> _columns = [];
    private readonly Dictionary<string, FeatureColumn> _byName = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];

    public FeatureTable(string className)
    {
        ClassName = className;
        Column("id", FeatureColumnType.String);
        Column("kind", FeatureColumnType.String);
    }

    public string ClassName { get; }

    public int Count { get; private set; }

    public IReadOnlyList<string> Ids => _ids;

    /// <summary>Starts a row; returns its feature id.</summary>
    public int AddRow(string id)
    {
        Count++;
        _ids.Add(id);
        _byName["id"].Add(id);
        _byName["kind"].Add(ClassName);
        return Count - 1;
    }

    public void Set(string name, string? value) => Row(name, FeatureColumnType.String, null).Add(value);

    public void Set(string name, int? value, int noData = -1) => Row(name, FeatureColumnType.Int32, noData).Add(value);

    public void Set(string name, double? value, double? noData = null) => Row(name, FeatureColumnType.Float64, noData).Add(value);

    public void Set(string name, bool value) => Row(name, FeatureColumnType.Boolean, null).Add(value);

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
