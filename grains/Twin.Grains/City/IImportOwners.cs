namespace Twin.Grains.City;

/// <summary>Who applies journaled imports: this silo's name, and whether the silo that owns an import is still alive.</summary>
public interface IImportOwners
{
    /// <summary>The owner name of this silo (its Orleans silo address, generation included).</summary>
    string Self { get; }

    /// <summary>False once the owner has left the cluster or died: its pending imports may then be claimed.</summary>
    bool IsAlive(string owner);
}
