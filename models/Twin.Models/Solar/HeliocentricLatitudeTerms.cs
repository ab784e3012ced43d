namespace Twin.Models.Solar;

/// <summary>
/// The periodic terms of the Earth's heliocentric latitude, B0..B1 (Reda &amp; Andreas 2004, Table A4.2):
/// triples A, B, C of A·cos(B + C·JME), A in 1e-8 radians.
/// </summary>
internal static class HeliocentricLatitudeTerms
{
    public static readonly double[][] Series =
    [
        // B0
        [
            280, 3.199, 84334.662,
            102, 5.422, 5507.553,
            80, 3.88, 5223.69,
            44, 3.7, 2352.87,
            32, 4, 1577.34,
        ],

        // B1
        [
            9, 3.9, 5507.55,
            6, 1.73, 5223.69,
        ],
    ];
}
