using Twin.Grains.City;

namespace Twin.Silo.Hosting;

/// <summary>Import owners are silos: alive while the cluster's membership says so (a restarted silo is a new generation).</summary>
public sealed class ClusterImportOwners(ILocalSiloDetails local, IClusterMembershipService membership) : IImportOwners
{
    public string Self => local.SiloAddress.ToParsableString();

    public bool IsAlive(string owner)
    {
        if (owner == Self)
        {
            return true;
        }

        try
        {
            var status = membership.CurrentSnapshot.GetSiloStatus(SiloAddress.FromParsableString(owner));
            return status is not (SiloStatus.Dead or SiloStatus.None);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
