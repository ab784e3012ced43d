using System.Globalization;

namespace Twin.Models.Traffic;

/// <summary>
/// The lines of one TNTP file: the metadata block (<c>&lt;TAG&gt; value</c> up to
/// <c>&lt;END OF METADATA&gt;</c>) and the data lines after it, without comments (<c>~</c>), blank
/// lines and the closing <c>;</c>; every problem names the file and line.
/// </summary>
internal sealed class TntpText
{
    private readonly Dictionary<string, (string Value, int Line)> _tags = new(StringComparer.OrdinalIgnoreCase);

    private TntpText(string fileName) => FileName = fileName;

    public string FileName { get; }

    public List<(int Line, string Text)> Data { get; } = [];

    public List<TrafficProblem> Problems { get; } = [];

    public static TntpText Read(TextReader reader, string fileName, bool hasMetadata = true)
    {
        var text = new TntpText(fileName);
        var inMetadata = hasMetadata;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('~'))
            {
                continue;
            }

            if (inMetadata)
            {
                if (!text.TryReadTag(trimmed, number, out inMetadata))
                {
                    // Not a TNTP file of this kind (or a broken header): one problem, not one per line.
                    return text;
                }
            }
            else
            {
                text.Data.Add((number, trimmed));
            }
        }

        if (inMetadata)
        {
            text.Problems.Add(new TrafficProblem($"{fileName}: no <END OF METADATA> line", number));
        }

        return text;
    }

    /// <summary>A problem at a line of this file.</summary>
    public TrafficProblem At(int line, string message) => new(Invariant($"{FileName} line {line}: {message}"), line);

    /// <summary>An integer tag, the default when absent (a problem when required and absent, or when not an integer).</summary>
    public int Integer(string tag, int? fallback)
    {
        if (!_tags.TryGetValue(tag, out var entry))
        {
            if (fallback is null)
            {
                Problems.Add(new TrafficProblem($"{FileName}: the metadata has no <{tag}>"));
            }

            return fallback ?? 0;
        }

        if (int.TryParse(entry.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        Problems.Add(At(entry.Line, $"<{tag}> '{entry.Value}' is not a whole number of 0 or more"));
        return fallback ?? 0;
    }

    /// <summary>A number tag, or null when absent (a problem when not a number).</summary>
    public double? Number(string tag)
    {
        if (!_tags.TryGetValue(tag, out var entry))
        {
            return null;
        }

        if (double.TryParse(entry.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Problems.Add(At(entry.Line, $"<{tag}> '{entry.Value}' is not a number"));
        return null;
    }

    /// <summary>The whitespace-separated fields of a data line, without the closing ';'.</summary>
    public static string[] Fields(string text) =>
        text.TrimEnd().TrimEnd(';').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public bool TryNumber(int line, string field, string column, out double value)
    {
        if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        Problems.Add(At(line, $"{column} '{field}' is not a number"));
        return false;
    }

    public bool TryNode(int line, string field, string column, int nodes, out int index)
    {
        if (int.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id >= 1 && id <= nodes)
        {
            index = id - 1;
            return true;
        }

        index = -1;
        Problems.Add(At(line, Invariant($"{column} '{field}' is not a node id in 1..{nodes}")));
        return false;
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads one metadata line: false when it is not a tag; <paramref name="more"/> false at &lt;END OF METADATA&gt;.</summary>
    private bool TryReadTag(string line, int number, out bool more)
    {
        more = true;
        var close = line.IndexOf('>', StringComparison.Ordinal);
        if (!line.StartsWith('<') || close < 0)
        {
            Problems.Add(At(number, $"expected a metadata tag such as <NUMBER OF NODES> or <END OF METADATA>, found '{Shorten(line)}'"));
            return false;
        }

        var tag = line[1..close].Trim();
        if (tag.Equals("END OF METADATA", StringComparison.OrdinalIgnoreCase))
        {
            more = false;
            return true;
        }

        _tags[tag] = (line[(close + 1)..].Trim().TrimEnd(';').Trim(), number);
        return true;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
