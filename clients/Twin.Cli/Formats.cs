using System.Globalization;

namespace Twin.Cli;

/// <summary>Numbers print the same everywhere: invariant culture.</summary>
public static class Formats
{
    public static CultureInfo Culture => CultureInfo.InvariantCulture;

    public static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
