using Microsoft.Extensions.Options;

namespace Twin.Silo.Hosting;

/// <summary>Checks the Twin section at start, with the rules written on <see cref="TwinOptions"/>.</summary>
[OptionsValidator]
public sealed partial class TwinOptionsValidator : IValidateOptions<TwinOptions>;
