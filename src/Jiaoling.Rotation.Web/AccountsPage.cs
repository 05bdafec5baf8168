using System.Text;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Web;

/// <summary>The HTML of HR's account page: the county's accounts with their actions, and the form for a new one.</summary>
public static class AccountsPage
{
    public static string Body(Portal user, string token, IReadOnlyList<Account> accounts, IReadOnlyList<School> schools,
        string? error, DateTimeOffset now)
    {
        var names = schools.ToDictionary(s => s.Id.Value, s => s.Name);
        var body = new StringBuilder();
        if (error is not null)
        {
            body.Append($"<p class=\"error\" id=\"error\">{Page.E(error)}</p>");
        }
        body.Append("<p><a href=\"/hr\">返回工作台</a> <a href=\"/hr/audit\">审计日志</a></p>")
            .Append("<table id=\"accounts\"><tr><th>账号</th><th>名称</th><th>角色</th><th>学校</th><th>状态</th><th>操作</th></tr>");
        foreach (var a in accounts)
        {
            var school = a.SchoolId is null ? "—" : $"{(names.TryGetValue(a.SchoolId, out var n) ? n : "")}（{a.SchoolId}）";
            body.Append($"<tr data-login=\"{Page.E(a.Login)}\"><td>{Page.E(a.Login)}</td><td>{Page.E(a.DisplayName)}</td>")
                .Append($"<td>{Page.E(RoleName(a.Role))}</td><td>{Page.E(school)}</td><td>{Page.E(State(a, now))}</td><td>")
                .Append(Actions(user, token, a)).Append("</td></tr>");
        }
        body.Append("</table>");
        NewAccountForm(body, token, accounts, schools);
        return body.ToString();
    }

    public static string RoleName(string role) => role switch
    {
        "hr" => "人事股",
        "principal" => "校长",
        "admin" => "管理员",
        _ => role,
    };

    /// <summary>HR manages HR and principal accounts; only an admin manages an admin's.</summary>
    public static bool CanManage(Portal user, Account account) => user.Role == "admin" || account.Role != "admin";

    private static string State(Account a, DateTimeOffset now) =>
        a.Disabled ? "已停用" : a.LockedUntil > now ? $"登录失败过多，锁定至 {a.LockedUntil:yyyy-MM-dd HH:mm}" : "正常";

    private static string Actions(Portal user, string token, Account a)
    {
        if (!CanManage(user, a))
        {
            return "—";
        }
        var login = $"<input type=\"hidden\" name=\"login\" value=\"{Page.E(a.Login)}\">";
        var actions = $"<form class=\"inline\" method=\"post\" action=\"/hr/accounts/reset\">{token}{login}<button type=\"submit\">重置密码</button></form> ";
        if (a.Disabled)
        {
            actions += $"<form class=\"inline\" method=\"post\" action=\"/hr/accounts/enable\">{token}{login}<button type=\"submit\">启用</button></form>";
        }
        else if (a.Login != user.Login)
        {
            actions += $"<form class=\"inline\" method=\"post\" action=\"/hr/accounts/disable\">{token}{login}<button type=\"submit\">停用</button></form>";
        }
        return actions;
    }

    private static void NewAccountForm(StringBuilder body, string token, IReadOnlyList<Account> accounts, IReadOnlyList<School> schools)
    {
        var taken = accounts.Where(a => a.Role == "principal" && a.SchoolId is not null).Select(a => a.SchoolId!).ToHashSet();
        var open = schools.Where(s => s.ParentSchoolId is null && !taken.Contains(s.Id.Value)).OrderBy(s => s.Id).ToList();
        body.Append("<h2>新建账号</h2>")
            .Append(open.Count == 0 ? "<p class=\"note\">每所学校都已有校长账号。</p>" : $"<p class=\"note\">尚无校长账号的学校：{open.Count} 所。</p>")
            .Append($"<form method=\"post\" action=\"/hr/accounts\">{token}")
            .Append("<p><label>角色<br><select name=\"role\"><option value=\"principal\">校长</option><option value=\"hr\">人事股</option></select></label></p>")
            .Append("<p><label>学校（仅校长账号）<br><select name=\"school\"><option value=\"\">—</option>");
        foreach (var s in open)
        {
            body.Append($"<option value=\"{Page.E(s.Id.Value)}\">{Page.E($"{s.Name}（{s.Id.Value}）")}</option>");
        }
        body.Append("</select></label></p>")
            .Append("<p><label>账号<br><input name=\"login\" required maxlength=\"40\" autocomplete=\"off\" autocapitalize=\"none\"></label></p>")
            .Append($"<p><label>显示名称（校长账号可不填）<br><input name=\"name\" maxlength=\"{NewAccount.MaxName}\"></label></p>")
            .Append("<p class=\"note\">教学点由其中心校校长复核，不单设账号。密码由系统随机生成，只在下一页显示一次，数据库只保存其散列值。</p>")
            .Append("<p><button type=\"submit\">创建账号</button></p></form>");
    }
}
