using Orleans.Configuration;

namespace Twin.Silo.Hosting;

/// <summary>
/// How quickly a cluster notices that one of its silos died, for operators who run Twin on more than one
/// silo: Orleans:ClusterMembership in orleans.json binds to Orleans' <see cref="ClusterMembershipOptions"/>
/// (ProbeTimeout, NumMissedProbesLimit, NumVotesForDeathDeclaration, DeathVoteExpirationTimeout, ...).
/// A silo is suspected after NumMissedProbesLimit probes of ProbeTimeout each go unanswered, so shorter
/// values mean a faster failover and a greater risk of declaring a busy silo dead.
/// </summary>
public static class ClusterMembership
{
    public const string Section = "Orleans:ClusterMembership";

    public static ISiloBuilder AddTwinClusterMembership(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddOptions<ClusterMembershipOptions>().Bind(configuration.GetSection(Section)).Validate(
            options => options.ProbeTimeout > TimeSpan.Zero && options.NumMissedProbesLimit > 0 && options.NumVotesForDeathDeclaration > 0,
            $"{Section}: ProbeTimeout must be positive, NumMissedProbesLimit and NumVotesForDeathDeclaration at least 1").ValidateOnStart();
        return silo;
    }
}
