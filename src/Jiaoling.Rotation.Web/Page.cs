using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Builds the portal's HTML: a Chinese, phone-friendly layout. Every value goes through <see cref="E"/>
/// (HTML encoding), and every form carries the antiforgery token.
/// </summary>
public static class Page
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;padding:0 1rem 2rem;max-width:60rem;margin-inline:auto;line-height:1.5}
        header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;border-bottom:1px solid #ccc;padding:.5rem 0}
        table{border-collapse:collapse;width:100%;margin:.5rem 0;display:block;overflow-x:auto}
        th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        textarea,input,select{font-size:1rem;max-width:100%}
        textarea{width:100%;min-height:3rem}
        .note{color:#555}.error{color:#b00}.ok{color:#070}
        form.inline{display:inline}
        @media (max-width:40rem){th,td{display:block;border:none}tr{display:block;border-bottom:1px solid #ccc}}
        """;

    // The default encoder escapes every non-ASCII character; Chinese text is safe and stays readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? value) => Encoder.Encode(value ?? "");

    /// <summary>A hidden antiforgery field for a form on this request.</summary>
    public static string Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">";
    }

    public static IResult Html(string title, string body, string? user = null, int status = 200, string? logoutToken = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" - 蕉岭县教师交流轮岗复核</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<header><strong>蕉岭县教师交流轮岗复核</strong>");
        if (user is not null)
        {
            html.Append("<form class=\"inline\" method=\"post\" action=\"/logout\">").Append(logoutToken)
                .Append("<span>").Append(E(user)).Append("</span> <button type=\"submit\">退出</button></form>");
        }
        html.Append("</header><main><h1>").Append(E(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A page saying why a request was refused, with the given status code.</summary>
    public static IResult Message(string title, string message, int status) =>
        Html(title, $"<p class=\"error\">{E(message)}</p><p><a href=\"/\">返回首页</a></p>", status: status);
}
