using System.Text;
using System.Text.Json;

namespace Twin.Models.Tiles;

/// <summary>One property of a property table (EXT_structural_metadata): its schema definition and its values.</summary>
internal sealed class FeatureColumn(string name, FeatureColumnType type, double? noData = null)
{
    private readonly List<string> _strings = [];
    private readonly List<double> _numbers = [];
    private readonly List<bool> _booleans = [];
    private int _valuesView = -1;
    private int _offsetsView = -1;

    public string Name { get; } = name;

    public FeatureColumnType Type { get; } = type;

    public int Count => Type switch
    {
        FeatureColumnType.String => _strings.Count,
        FeatureColumnType.Boolean => _booleans.Count,
        _ => _numbers.Count,
    };

    public void Add(string? value) => _strings.Add(value ?? string.Empty);

    public void Add(double? value) => _numbers.Add(value ?? noData ?? 0);

    public void Add(bool value) => _booleans.Add(value);

    /// <summary>Fills rows this column missed with its no-data value.</summary>
    public void PadTo(int count)
    {
        while (Count < count)
        {
            switch (Type)
            {
                case FeatureColumnType.String: Add((string?)null); break;
                case FeatureColumnType.Boolean: Add(false); break;
                default: Add((double?)null); break;
            }
        }
    }

    public void Encode(GlbBinary binary)
    {
        switch (Type)
        {
            case FeatureColumnType.String:
                EncodeStrings(binary);
                break;
            case FeatureColumnType.Int32:
                _valuesView = binary.Append<int>(_numbers.Select(v => (int)v).ToArray());
                break;
            case FeatureColumnType.Float64:
                _valuesView = binary.Append<double>(_numbers.ToArray());
                break;
            default:
                var bits = new byte[(_booleans.Count + 7) / 8];
                for (var i = 0; i < _booleans.Count; i++)
                {
                    bits[i >> 3] |= (byte)(_booleans[i] ? 1 << (i & 7) : 0);
                }

                _valuesView = binary.AppendBytes(bits);
                break;
        }
    }

    public void WriteClassProperty(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(Name);
        writer.WriteString("type", Type switch
        {
            FeatureColumnType.String => "STRING",
            FeatureColumnType.Boolean => "BOOLEAN",
            _ => "SCALAR",
        });
        if (Type == FeatureColumnType.String)
        {
            writer.WriteString("noData", string.Empty);
        }

        if (Type is FeatureColumnType.Int32 or FeatureColumnType.Float64)
        {
            writer.WriteString("componentType", Type == FeatureColumnType.Int32 ? "INT32" : "FLOAT64");
            if (noData is { } value)
            {
                writer.WriteNumber("noData", value);
            }
        }

        writer.WriteEndObject();
    }

    public void WriteTableProperty(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(Name);
        writer.WriteNumber("values", _valuesView);
        if (Type == FeatureColumnType.String)
        {
            writer.WriteNumber("stringOffsets", _offsetsView);
            writer.WriteString("stringOffsetType", "UINT32");
        }

        writer.WriteEndObject();
    }

    private void EncodeStrings(GlbBinary binary)
    {
        var offsets = new uint[_strings.Count + 1];
        var total = 0;
        foreach (var value in _strings)
        {
            total += Encoding.UTF8.GetByteCount(value);
        }

        var bytes = new byte[total];
        var position = 0;
        for (var i = 0; i < _strings.Count; i++)
        {
            offsets[i] = (uint)position;
            position += Encoding.UTF8.GetBytes(_strings[i], bytes.AsSpan(position));
        }

        offsets[^1] = (uint)position;
        _valuesView = binary.AppendBytes(bytes);
        _offsetsView = binary.Append<uint>(offsets);
    }
}
