using System.Net;
using System.Threading.RateLimiting;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Planning;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Registers and mounts the review portal: allowed hosts, forwarded headers from trusted proxies, security
/// headers, cookie sessions kept on the server, antiforgery, login throttling, the keys, the stores and the pages.
/// </summary>
public static class ReviewPortal
{
    /// <summary>The hosts answered when the configuration names none (<c>AllowedHosts</c>): this machine only.</summary>
    public const string LocalHosts = "localhost;127.0.0.1;[::1]";

    public static IServiceCollection AddReviewPortal(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ReviewOptions.Section).Get<ReviewOptions>() ?? new ReviewOptions();
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReviewOptions>, ReviewOptionsValidator>();
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        // A request naming another host (DNS rebinding) is refused 400 before anything else runs.
        services.PostConfigure<HostFilteringOptions>(o =>
        {
            if (string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
            {
                o.AllowedHosts = LocalHosts.Split(';');
            }
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "jiaoling.review";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = options.SessionIdle;
            o.SlidingExpiration = true;
            o.LoginPath = "/";
            o.Events.OnValidatePrincipal = AccountSessions.ValidateAsync;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization();
        // The per-login throttle stops guessing one password; this stops one address spraying many accounts.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginEndpoints.RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddSingleton<DataProtectionKeys>();
        PortalKeys.Add(services, options);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "jiaoling.antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddSingleton<AccountStore>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<RulingStore>();
        services.AddSingleton<RunCache>();
        services.AddSingleton<AuditReader>();
        services.AddSingleton<Replanner>();
        // Parsed now, so that a broken template stops the host before it serves anything.
        services.AddSingleton(PortalTemplates.Load(options.Templates));
        return services;
    }

    public static WebApplication MapReviewPortal(this WebApplication app)
    {
        var review = app.Services.GetRequiredService<IConfiguration>().GetSection(ReviewOptions.Section).Get<ReviewOptions>() ?? new ReviewOptions();
        if (review.TrustedProxies.Length > 0)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            // The defaults trust loopback proxies; only the configured ones are trusted here.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in review.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            app.UseForwardedHeaders(forwarded);
        }
        if (string.IsNullOrWhiteSpace(review.KeyCertificate))
        {
            app.Logger.LogWarning("Review:KeyCertificate is not set: the session and form keys are stored unencrypted in the database (docs/security.md)");
        }
        app.Use(async (context, next) =>
        {
            SecurityHeaders.Add(context);
            if (await RequestGuards.RefusalAsync(context) is { } status)
            {
                context.Response.StatusCode = status;
                return;
            }
            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            var services = context.RequestServices;
            var county = services.GetRequiredService<IOptions<StoreOptions>>().Value.County;
            if (ApiAccess.Refusal(context, services.GetRequiredService<IOptions<ApiOptions>>().Value, county) is { } status)
            {
                context.Response.StatusCode = status;
                return;
            }
            await next(context);
        });
        app.MapGet("/portal.css", (PortalTemplates templates) => Results.Text(templates.Style, "text/css; charset=utf-8"));
        LoginEndpoints.Map(app);
        PrincipalEndpoints.Map(app);
        OwnPasswordEndpoints.Map(app);
        HrEndpoints.Map(app);
        return app;
    }
}
