using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Twin.Silo.Hosting;

namespace Twin.Silo.Access;

/// <summary>
/// Partner access as ASP.NET Core authentication (API keys), authorization (a policy per scope),
/// rate limiting (a bucket per partner), an audit log of write calls, message and body limits, idle
/// stream timeouts and TLS. Call <see cref="AddTwinAccess"/> before AddTwinSilo (TLS must be in place
/// before the ports are declared) and <see cref="UseTwinAccess"/> before the endpoints are mapped.
/// </summary>
public static class AccessExtensions
{
    public static WebApplicationBuilder AddTwinAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccessSettings>().Bind(builder.Configuration.GetSection(AccessSettings.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessSettings>, AccessSettingsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PartnerDirectory>();
        services.AddSingleton<AuditLog>();
        services.AddHostedService<AccessStartup>();

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(authorization =>
        {
            foreach (var scope in Scopes.All)
            {
                authorization.AddPolicy(scope, policy => policy
                    .RequireAuthenticatedUser()
                    .RequireAssertion(context => context.User.HasClaim(Scopes.ClaimType, scope) || context.User.HasClaim(Scopes.ClaimType, Scopes.Admin)));
            }
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeResultHandler>();
        services.AddRateLimiter(PartnerRateLimits.Configure);

        var settings = builder.Configuration.GetSection(AccessSettings.Section).Get<AccessSettings>() ?? new AccessSettings();
        services.Configure<GrpcServiceOptions>(grpc =>
        {
            grpc.Interceptors.Add<AuditInterceptor>();
            grpc.MaxReceiveMessageSize = settings.MaxReceiveMessageBytes;
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
            if (settings.Tls.Enabled)
            {
                var twin = builder.Configuration.GetSection(TwinOptions.Section).Get<TwinOptions>() ?? new TwinOptions();
                var certificate = TwinTls.Load(settings.Tls);
                kestrel.ConfigureEndpointDefaults(listen =>
                {
                    var port = listen.IPEndPoint?.Port;
                    var secured = settings.Tls.Ports switch
                    {
                        TlsPorts.Grpc => port == twin.GrpcPort,
                        TlsPorts.Http => port == twin.HttpPort,
                        _ => true,
                    };
                    if (secured)
                    {
                        listen.UseHttps(certificate);
                    }
                });
            }
        });
        return builder;
    }

    /// <summary>Audit, authentication, rate limits, authorization: in this order, so refused calls are audited too.</summary>
    public static WebApplication UseTwinAccess(this WebApplication app)
    {
        app.UseMiddleware<AuditMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        var settings = app.Services.GetRequiredService<IOptions<AccessSettings>>().Value;
        if (settings.Tls.Enabled)
        {
            var certificate = TwinTls.Load(settings.Tls);
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Twin.Silo.Access");
            var notAfter = certificate.NotAfter.ToUniversalTime();
            AccessLog.Tls(logger, settings.Tls.Ports, certificate.Subject, notAfter);
        }

        return app;
    }
}
