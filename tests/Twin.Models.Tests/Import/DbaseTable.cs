using System.Buffers.Binary;
using System.Text;

namespace Twin.Models.Tests.Import;

/// <summary>
/// A plain dBASE III reader for tests, independent of the library the importer uses: every record's
/// fields as trimmed text, so expected values come straight from the file.
/// </summary>
internal static class DbaseTable
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        var headerLength = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(8));
        var recordLength = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(10));
        var fields = new List<(string Name, int Length)>();
        for (var offset = 32; bytes[offset] != 0x0D; offset += 32)
        {
            fields.Add((Encoding.ASCII.GetString(bytes, offset, 11).TrimEnd('\0'), bytes[offset + 16]));
        }

        var records = new List<Dictionary<string, string>>();
        for (var r = 0; r < count; r++)
        {
            var position = headerLength + (r * recordLength) + 1;
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, length) in fields)
            {
                record[name] = Encoding.UTF8.GetString(bytes, position, length).Trim();
                position += length;
            }

            records.Add(record);
        }

        return records;
    }

    /// <summary>The bounding box in a .shp header (min x, min y, max x, max y).</summary>
    public static (double MinX, double MinY, double MaxX, double MaxY) ShapefileBox(string shpPath)
    {
        var header = File.ReadAllBytes(shpPath).AsSpan(36, 32);
        return (
            BinaryPrimitives.ReadDoubleLittleEndian(header),
            BinaryPrimitives.ReadDoubleLittleEndian(header[8..]),
            BinaryPrimitives.ReadDoubleLittleEndian(header[16..]),
            BinaryPrimitives.ReadDoubleLittleEndian(header[24..]));
    }
}
