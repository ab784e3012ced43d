using System.Runtime.InteropServices;

namespace Twin.Models.Tiles;

/// <summary>
/// The one binary buffer of a glb while it is filled. Every appended block becomes a buffer view; block
/// <c>i</c> is buffer view <c>i</c> of the model, so metadata can name views before the model exists.
/// Blocks start on 8-byte boundaries (EXT_structural_metadata asks alignment to the component size; FLOAT64 is 8).
/// </summary>
internal sealed class GlbBinary
{
    private byte[] _bytes = new byte[64 * 1024];
    private readonly List<(int Offset, int Length, BinaryTarget Target)> _blocks = [];

    public int Length { get; private set; }

    public IReadOnlyList<(int Offset, int Length, BinaryTarget Target)> Blocks => _blocks;

    public int Append<T>(ReadOnlySpan<T> values, BinaryTarget target = BinaryTarget.None)
        where T : struct => AppendBytes(MemoryMarshal.AsBytes(values), target);

    public int AppendBytes(ReadOnlySpan<byte> bytes, BinaryTarget target = BinaryTarget.None)
    {
        var offset = (Length + 7) & ~7;
        var end = offset + bytes.Length;
        if (end > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(end, _bytes.Length * 2));
        }

        _bytes.AsSpan(Length, offset - Length).Clear();
        bytes.CopyTo(_bytes.AsSpan(offset));
        Length = end;
        _blocks.Add((offset, bytes.Length, target));
        return _blocks.Count - 1;
    }

    /// <summary>The bytes, padded to a multiple of 4 as the glb BIN chunk requires.</summary>
    public byte[] ToArray()
    {
        var result = new byte[(Length + 3) & ~3];
        _bytes.AsSpan(0, Length).CopyTo(result);
        return result;
    }
}
