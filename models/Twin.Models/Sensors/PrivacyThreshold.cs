using System.Globalization;

namespace Twin.Models.Sensors;

/// <summary>
/// Counts of people below k are published as "&lt;k", never as the number: a count of 2 in a quiet
/// street could point at someone. The default k follows the druktemeter's DPIA.
/// </summary>
public static class PrivacyThreshold
{
    public const int DefaultK = 10;

    /// <summary>The count as it may be published: the number, or null when it is below k.</summary>
    public static double? Publishable(double count, int k) => count < k ? null : count;

    /// <summary>The count as text: the rounded number, or "&lt;k".</summary>
    public static string Display(double count, int k) =>
        count < k ? $"<{k}" : Math.Round(count).ToString(CultureInfo.InvariantCulture);
}
