using Microsoft.Extensions.Options;

namespace Twin.Silo.Access;

/// <summary>Checks Twin:Access at start, with the rules written on <see cref="AccessSettings"/>.</summary>
[OptionsValidator]
public sealed partial class AccessSettingsValidator : IValidateOptions<AccessSettings>;
