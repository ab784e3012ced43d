using Twin.Models.City;

namespace Twin.Grains.City;

[Alias("twin.city.IStreetSegmentGrain")]
public interface IStreetSegmentGrain : IEntityGrain<StreetSegment>;
