using Microsoft.AspNetCore.Authorization;

namespace Twin.Silo.Access;

/// <summary>
/// Open data: readable by anyone without a key (the sensor register, series, zones, scenario exports).
/// Implies <see cref="AllowAnonymousAttribute"/>; the access list at <c>/api/v1/access</c> shows it as "open".
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class OpenDataAttribute : Attribute, IAllowAnonymous;
