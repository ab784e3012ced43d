using Twin.Models.City;

namespace Twin.Grains.City;

[Alias("twin.city.IBuildingGrain")]
public interface IBuildingGrain : IEntityGrain<Building>;
