namespace Twin.Models.Air;

/// <summary>Shares of the daily traffic per vehicle category; they sum to 1.</summary>
[GenerateSerializer, Immutable, Alias("twin.air.vehicle-mix")]
public sealed record VehicleMix(
    [property: Id(0)] double Light,
    [property: Id(1)] double Medium,
    [property: Id(2)] double Heavy,
    [property: Id(3)] double Bus)
{
    public double Total => Light + Medium + Heavy + Bus;

    public double Share(VehicleCategory category) => category switch
    {
        VehicleCategory.Light => Light,
        VehicleCategory.Medium => Medium,
        VehicleCategory.Heavy => Heavy,
        VehicleCategory.Bus => Bus,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown vehicle category"),
    };

    /// <summary>Empty when every share is a number from 0 to 1 and they sum to 1; else what is wrong.</summary>
    public string? Problem()
    {
        double[] shares = [Light, Medium, Heavy, Bus];
        if (shares.Any(s => !(double.IsFinite(s) && s is >= 0 and <= 1)))
        {
            return FormattableString.Invariant($"shares light {Light}, medium {Medium}, heavy {Heavy}, bus {Bus} must each lie between 0 and 1");
        }

        return Math.Abs(Total - 1) > 1e-6 ? FormattableString.Invariant($"shares sum to {Total:0.######}, not 1") : null;
    }
}
