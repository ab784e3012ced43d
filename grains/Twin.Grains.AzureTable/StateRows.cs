using System.Globalization;
using Azure.Data.Tables;

namespace Twin.Grains.AzureTable;

/// <summary>
/// How serialized state bytes lie in the rows of one partition. Binary properties hold at most 64 KiB and an
/// entity at most 1 MiB; Azurite counts that MiB on the request as sent, where binary travels base64-encoded
/// (4 characters per 3 bytes), so a row carries up to 11 chunks (704 KiB, 939 KiB as sent), which both Azure and
/// Azurite accept. Larger states continue in rows "1", "2", ... The
/// head row "0" holds the first chunks, the byte length, the row count and a version stamp that every row of
/// the same write carries, so rows left over from an older, larger state are recognised and ignored.
/// </summary>
internal static class StateRows
{
    public const int ChunkBytes = 64 * 1024;
    public const int ChunksPerRow = 11;
    public const int RowBytes = ChunkBytes * ChunksPerRow;

    /// <summary>
    /// One entity group transaction is at most 4 MiB as sent, and binary properties travel base64-encoded:
    /// 3 MiB less one chunk keeps the request, with its property names and headers, under that limit.
    /// </summary>
    public const int MaxStateBytes = (3 * 1024 * 1024) - ChunkBytes;

    public const string LengthProperty = "Length";
    public const string RowsProperty = "Rows";
    public const string VersionProperty = "Version";

    /// <summary>The rows of one state: the head first. An empty head (0 rows) marks a cleared record.</summary>
    public static List<TableEntity> Split(string partitionKey, ReadOnlyMemory<byte> bytes, string version)
    {
        if (bytes.Length > MaxStateBytes)
        {
            throw new GrainStateTooLargeException(bytes.Length, MaxStateBytes);
        }

        var rowCount = Math.Max(1, (bytes.Length + RowBytes - 1) / RowBytes);
        var rows = new List<TableEntity>(rowCount);
        for (var row = 0; row < rowCount; row++)
        {
            var entity = new TableEntity(partitionKey, StateRowKeys.Row(row)) { [VersionProperty] = version };
            var rowStart = row * RowBytes;
            for (var chunk = 0; chunk < ChunksPerRow && rowStart + (chunk * ChunkBytes) < bytes.Length; chunk++)
            {
                var start = rowStart + (chunk * ChunkBytes);
                entity[ChunkProperty(chunk)] = bytes.Slice(start, Math.Min(ChunkBytes, bytes.Length - start)).ToArray();
            }

            rows.Add(entity);
        }

        rows[0][LengthProperty] = (long)bytes.Length;
        rows[0][RowsProperty] = rowCount;
        return rows;
    }

    /// <summary>The head of a cleared record: no rows, no bytes.</summary>
    public static TableEntity EmptyHead(string partitionKey, string version) => new(partitionKey, StateRowKeys.Head)
    {
        [VersionProperty] = version,
        [LengthProperty] = 0L,
        [RowsProperty] = 0,
    };

    public static int RowCount(TableEntity head) => head.GetInt32(RowsProperty) ?? 0;

    /// <summary>
    /// The state bytes from the head and the partition's other rows, or null when a row of the head's version is
    /// missing (the rows were read while another write replaced them).
    /// </summary>
    public static byte[]? Join(TableEntity head, IReadOnlyDictionary<string, TableEntity> rows)
    {
        var version = head.GetString(VersionProperty);
        var length = checked((int)(head.GetInt64(LengthProperty) ?? 0));
        var bytes = new byte[length];
        var offset = 0;
        for (var row = 0; row < RowCount(head); row++)
        {
            var entity = row == 0 ? head : rows.GetValueOrDefault(StateRowKeys.Row(row));
            if (entity is null || entity.GetString(VersionProperty) != version)
            {
                return null;
            }

            for (var chunk = 0; chunk < ChunksPerRow && offset < length; chunk++)
            {
                var data = entity.GetBinary(ChunkProperty(chunk));
                if (data is null)
                {
                    return null;
                }

                data.CopyTo(bytes, offset);
                offset += data.Length;
            }
        }

        return offset == length ? bytes : null;
    }

    private static string ChunkProperty(int chunk) => string.Create(CultureInfo.InvariantCulture, $"D{chunk:D2}");
}
