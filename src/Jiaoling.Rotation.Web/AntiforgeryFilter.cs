using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Jiaoling.Rotation.Web;

/// <summary>Refuses (400) a form post whose antiforgery token is missing or wrong, before the handler runs.</summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return PortalPage.Refusal("请求被拒绝", "表单已过期或来源不明（缺少防伪令牌），请刷新页面后重新提交。", 400);
        }
        return await next(context);
    }
}
