using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// A portal page as an endpoint's result: which template of <c>templates/portal/</c>, its title and model
/// (properties become snake_case variables), the status code, and an optional refresh in seconds.
/// </summary>
public sealed record PortalPage(string Template, string Title, object Model, int Status = 200, int Refresh = 0) : IResult
{
    public const string Login = "login.sbn-html";
    public const string Message = "message.sbn-html";
    public const string Principal = "principal.sbn-html";
    public const string Dashboard = "dashboard.sbn-html";
    public const string Accounts = "accounts.sbn-html";
    public const string Password = "password.sbn-html";
    public const string Audit = "audit.sbn-html";
    public const string Alternatives = "alternatives.sbn-html";
    public const string Job = "job.sbn-html";
    public const string Diff = "diff.sbn-html";
    public const string Register = "register.sbn-html";
    public const string RegisterHistory = "register-history.sbn-html";
    public const string ChangePassword = "change-password.sbn-html";

    /// <summary>A page saying why a request was refused, with a link back.</summary>
    public static PortalPage Refusal(string title, string message, int status, string back = "/", string backText = "返回首页") =>
        new(Message, title, new { Message = message, Back = back, BackText = backText, Ok = false }, status);

    /// <summary>A page saying that what the user asked for is done, with a link back.</summary>
    public static PortalPage Done(string title, string message, string back = "/", string backText = "返回首页") =>
        new(Message, title, new { Message = message, Back = back, BackText = backText, Ok = true });

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        var html = services.GetRequiredService<PortalTemplates>().Render(this, httpContext, services.GetRequiredService<IAntiforgery>());
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, Status).ExecuteAsync(httpContext);
    }
}
