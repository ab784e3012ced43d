using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>Messages for JSON that cannot be parsed, naming the line and position (both counted from 1).</summary>
internal static class JsonErrors
{
    public static string Describe(JsonException exception) =>
        $"invalid JSON at line {(exception.LineNumber ?? 0) + 1}, position {Position(exception)}: {Reason(exception)}";

    /// <summary>For JSON that is one line of a file (CityJSONSeq): the position in the line and the reason.</summary>
    public static string DescribeInLine(JsonException exception) =>
        $"is not valid JSON at position {Position(exception)}: {Reason(exception)}";

    private static long Position(JsonException exception) => (exception.BytePositionInLine ?? 0) + 1;

    /// <summary>The parser's message without the 0-based "LineNumber: | BytePositionInLine:" it appends.</summary>
    private static string Reason(JsonException exception)
    {
        var reason = exception.Message;
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = reason.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut];
            }
        }

        return reason.Trim();
    }
}
