using Twin.Models.City;

namespace Twin.Grains.City;

[Alias("twin.city.IUtilityLineGrain")]
public interface IUtilityLineGrain : IEntityGrain<UtilityLine>;
