namespace Twin.Models.City;

public static class EntityKindsExtensions
{
    public static EntityKinds ToSet(this EntityKind kind) => (EntityKinds)(1 << (int)kind);

    public static bool Includes(this EntityKinds kinds, EntityKind kind) => (kinds & kind.ToSet()) != 0;
}
