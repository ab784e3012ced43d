namespace Twin.Models.Solar;

/// <summary>Trigonometry in degrees, as the SPA report writes it.</summary>
internal static class Angles
{
    public static double ToRadians(double degrees) => degrees * (Math.PI / 180);

    public static double ToDegrees(double radians) => radians * (180 / Math.PI);

    /// <summary>The angle brought into 0..360.</summary>
    public static double Limit(double degrees)
    {
        var limited = degrees % 360;
        return limited < 0 ? limited + 360 : limited;
    }

    public static double Sin(double degrees) => Math.Sin(ToRadians(degrees));

    public static double Cos(double degrees) => Math.Cos(ToRadians(degrees));

    public static double Tan(double degrees) => Math.Tan(ToRadians(degrees));

    public static double Asin(double value) => ToDegrees(Math.Asin(value));

    public static double Atan2(double y, double x) => ToDegrees(Math.Atan2(y, x));
}
