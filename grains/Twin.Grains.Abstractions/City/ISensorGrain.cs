using Twin.Models.City;

namespace Twin.Grains.City;

[Alias("twin.city.ISensorGrain")]
public interface ISensorGrain : IEntityGrain<Sensor>;
