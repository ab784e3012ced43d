using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>
/// The attributes of one feature, looked up case-insensitively by a list of accepted names (our camelCase
/// name first, then common alternatives). A value that is present but cannot be read as asked is recorded
/// in <see cref="Problems"/>, naming the field and value, so the feature is rejected instead of half-read.
/// Values are strings, numbers (double, long, int, decimal), booleans, dates, nested attributes or lists.
/// </summary>
internal sealed class FeatureAttributes
{
    /// <summary>dBASE field names are at most 10 characters: "constructionYear" arrives as "constructi".</summary>
    public const int DbfNameLength = 10;

    private readonly Dictionary<string, object?> _values;
    private readonly bool _truncatedNames;
    private readonly List<string> _problems;
    private readonly string _prefix;

    public FeatureAttributes(IEnumerable<KeyValuePair<string, object?>> values, bool truncatedNames = false)
        : this(values, truncatedNames, [], string.Empty)
    {
    }

    private FeatureAttributes(IEnumerable<KeyValuePair<string, object?>> values, bool truncatedNames, List<string> problems, string prefix)
    {
        _values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
        {
            _values.TryAdd(name, value);
        }

        _truncatedNames = truncatedNames;
        _problems = problems;
        _prefix = prefix;
    }

    public static FeatureAttributes Empty => new([]);

    public IReadOnlyList<string> Problems => _problems;

    public static FeatureAttributes FromJson(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? new FeatureAttributes(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, FromJsonValue(p.Value))))
            : Empty;

    public void AddProblem(string message) => _problems.Add(message);

    /// <summary>A copy with one more value (it does not replace an existing one).</summary>
    public FeatureAttributes With(string name, object? value) =>
        new(_values.Append(KeyValuePair.Create(name, value)), _truncatedNames, _problems, _prefix);

    public bool Has(IReadOnlyList<string> names) => TryGet(names, out _, out _);

    public string? Text(IReadOnlyList<string> names) =>
        TryGet(names, out _, out var value) ? TextOf(value) : null;

    public double? Number(IReadOnlyList<string> names)
    {
        if (!TryGet(names, out var name, out var value))
        {
            return null;
        }

        var number = NumberOf(value);
        if (number is null)
        {
            AddProblem($"{_prefix}{name}: '{TextOf(value)}' is not a number");
        }

        return number;
    }

    public int? Integer(IReadOnlyList<string> names)
    {
        var number = Number(names);
        if (number is not { } value)
        {
            return null;
        }

        if (Math.Abs(value - Math.Round(value)) > 1e-9 || Math.Abs(value) > int.MaxValue)
        {
            TryGet(names, out var name, out _);
            AddProblem($"{_prefix}{name}: {value.ToString(CultureInfo.InvariantCulture)} is not a whole number");
            return null;
        }

        return (int)Math.Round(value);
    }

    public bool? Flag(IReadOnlyList<string> names)
    {
        if (!TryGet(names, out var name, out var value))
        {
            return null;
        }

        var flag = value switch
        {
            bool b => b,
            _ when NumberOf(value) is { } n && (n == 0 || n == 1) => n == 1,
            string s => ParseFlag(s),
            _ => null,
        };
        if (flag is null)
        {
            AddProblem($"{_prefix}{name}: '{TextOf(value)}' is not true or false");
        }

        return flag;
    }

    public DateOnly? Date(IReadOnlyList<string> names)
    {
        if (!TryGet(names, out var name, out var value))
        {
            return null;
        }

        DateOnly? date = value switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            string s when DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            string s when DateTime.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) => DateOnly.FromDateTime(t),
            _ => null,
        };
        if (date is null)
        {
            AddProblem($"{_prefix}{name}: '{TextOf(value)}' is not a date (yyyy-MM-dd)");
        }

        return date;
    }

    /// <summary>A list of texts: a JSON array, or one text separated by commas or semicolons.</summary>
    public ImmutableArray<string>? TextList(IReadOnlyList<string> names)
    {
        if (!TryGet(names, out _, out var value))
        {
            return null;
        }

        var items = value is IEnumerable<object?> list
            ? list.Select(TextOf)
            : TextOf(value).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries);
        return items.Select(s => s.Trim()).Where(s => s.Length > 0).ToImmutableArray();
    }

    /// <summary>
    /// A group of attributes: a nested object (GeoJSON), a JSON object held as text (a GeoPackage column),
    /// or, in flat tables, the fields named "{name}.x" or "{name}_x". Problems go to this feature's list.
    /// </summary>
    public FeatureAttributes Section(string name)
    {
        var prefix = _prefix + name + ".";
        if (TryGet([name], out _, out var value))
        {
            if (value is FeatureAttributes nested)
            {
                return new FeatureAttributes(nested._values, _truncatedNames, _problems, prefix);
            }

            if (value is string json && TryParseObject(json) is { } parsed)
            {
                return new FeatureAttributes(parsed._values, _truncatedNames, _problems, prefix);
            }
        }

        var flat = _values
            .Where(p => p.Key.Length > name.Length + 1
                && p.Key.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && p.Key[name.Length] is '.' or '_')
            .Select(p => KeyValuePair.Create(p.Key[(name.Length + 1)..], p.Value));
        return new FeatureAttributes(flat, _truncatedNames, _problems, prefix);
    }

    /// <summary>The first of the names with a value that is not null or blank.</summary>
    public bool TryGet(IReadOnlyList<string> names, out string name, out object? value)
    {
        foreach (var candidate in names)
        {
            if (Lookup(candidate, out value) && !IsBlank(value))
            {
                name = candidate;
                return true;
            }
        }

        name = string.Empty;
        value = null;
        return false;
    }

    public static string TextOf(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Trim(),
        double d when Math.Abs(d) < 1e15 && d == Math.Floor(d) => ((long)d).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<object?> list => string.Join(",", list.Select(TextOf)),
        _ => value.ToString() ?? string.Empty,
    };

    public static double? NumberOf(object? value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        long l => l,
        int i => i,
        short s => s,
        string s when double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private bool Lookup(string name, out object? value)
    {
        if (_values.TryGetValue(name, out value))
        {
            return true;
        }

        return _truncatedNames && name.Length > DbfNameLength && _values.TryGetValue(name[..DbfNameLength], out value);
    }

    private static bool IsBlank(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

    private static bool? ParseFlag(string text) => text.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "T" or "YES" or "Y" or "JA" or "J" or "1" => true,
        "FALSE" or "F" or "NO" or "N" or "NEE" or "0" => false,
        _ => null,
    };

    private static FeatureAttributes? TryParseObject(string json)
    {
        if (!json.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object? FromJsonValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Object => FromJson(value),
        JsonValueKind.Array => value.EnumerateArray().Select(FromJsonValue).ToList(),
        _ => null,
    };
}
