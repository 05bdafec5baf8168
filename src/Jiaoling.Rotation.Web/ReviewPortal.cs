using Jiaoling.Rotation.Data.Store.Review;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.Web;

/// <summary>Registers and mounts the review portal: cookie sessions, antiforgery, the stores and the pages.</summary>
public static class ReviewPortal
{
    public static IServiceCollection AddReviewPortal(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ReviewOptions.Section).Get<ReviewOptions>() ?? new ReviewOptions();
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReviewOptions>, ReviewOptionsValidator>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "jiaoling.review";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
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
        // The per-account lockout stops guessing one password; this stops one address spraying many accounts.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginEndpoints.RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddSingleton<DataProtectionKeys>();
        services.AddDataProtection().SetApplicationName("jiaoling-rotation-review");
        services.AddOptions<KeyManagementOptions>().Configure<DataProtectionKeys>((o, keys) => o.XmlRepository = new DatabaseKeyRepository(keys));
        services.AddAntiforgery(o => o.Cookie.Name = "jiaoling.antiforgery");
        services.AddSingleton<AccountStore>();
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
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            if (ApiAccess.Refusal(context) is { } status)
            {
                context.Response.StatusCode = status;
                return;
            }
            await next(context);
        });
        app.MapGet("/portal.css", (PortalTemplates templates) => Results.Text(templates.Style, "text/css; charset=utf-8"));
        LoginEndpoints.Map(app);
        PrincipalEndpoints.Map(app);
        HrEndpoints.Map(app);
        return app;
    }
}
