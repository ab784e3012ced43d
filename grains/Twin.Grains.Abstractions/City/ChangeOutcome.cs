namespace Twin.Grains.City;

public enum ChangeOutcome
{
    Unchanged = 0,
    Created = 1,
    Updated = 2,
    Removed = 3,
    Rejected = 4,
}
