namespace Twin.Models.Tiles;

/// <summary>Column-major 4x4 rigid transforms (rotation + translation) in doubles.</summary>
public static class RigidMatrix
{
    /// <summary>parent⁻¹ · child: the child's transform relative to its parent's frame (the child itself when there is no parent).</summary>
    public static double[] Relative(double[]? parent, double[] child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return parent is null ? child : Multiply(InvertRigid(parent), child);
    }

    public static double[] Multiply(double[] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var result = new double[16];
        for (var column = 0; column < 4; column++)
        {
            for (var row = 0; row < 4; row++)
            {
                double sum = 0;
                for (var k = 0; k < 4; k++)
                {
                    sum += a[(k * 4) + row] * b[(column * 4) + k];
                }

                result[(column * 4) + row] = sum;
            }
        }

        return result;
    }

    /// <summary>The inverse of a rotation + translation: transposed rotation, translation -Rᵀt.</summary>
    public static double[] InvertRigid(double[] m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var result = new double[16];
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                result[(column * 4) + row] = m[(row * 4) + column];
            }
        }

        for (var row = 0; row < 3; row++)
        {
            result[12 + row] = -((result[row] * m[12]) + (result[4 + row] * m[13]) + (result[8 + row] * m[14]));
        }

        result[15] = 1;
        return result;
    }
}
