// Serialization attributes (GenerateSerializer, Id, Alias, Immutable); models use no other part of Orleans.
global using Orleans;
