using Twin.Models.City;

namespace Twin.Grains.City;

[Alias("twin.city.ITreeGrain")]
public interface ITreeGrain : IEntityGrain<Tree>;
