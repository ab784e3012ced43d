using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>
/// The "type" member of a JSON file's root object ("FeatureCollection", "CityJSON"...), read by streaming
/// through the file so that a large document is not loaded to find out what it is.
/// </summary>
internal static class JsonRootType
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>The root type, or null when the file has none, is not JSON or cannot be read.</summary>
    public static string? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static string? Read(Stream stream)
    {
        var buffer = new byte[ChunkSize];
        SkipByteOrderMark(stream);
        var filled = 0;
        var state = new JsonReaderState();
        var expectingType = false;
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), read == 0, state);
            while (reader.Read())
            {
                if (expectingType)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                expectingType = reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("type"u8);
            }

            if (read == 0)
            {
                return null;
            }

            state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    /// <summary>Leaves the stream after a UTF-8 byte order mark, or at its start when it has none.</summary>
    private static void SkipByteOrderMark(Stream stream)
    {
        Span<byte> start = stackalloc byte[3];
        var read = stream.ReadAtLeast(start, 3, throwOnEndOfStream: false);
        if (read < 3 || !start.SequenceEqual("\uFEFF"u8))
        {
            stream.Position = 0;
        }
    }
}
