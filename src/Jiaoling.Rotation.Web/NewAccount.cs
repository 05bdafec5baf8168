using System.Text.RegularExpressions;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Microsoft.AspNetCore.Http;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Reads HR's "new account" form: an HR account, or the principal account of a school that has none
/// (teaching points have none: their central school's principal reviews them). Errors are in Chinese.
/// </summary>
public static partial class NewAccount
{
    public const int MaxName = 50;

    /// <summary>The account to create (without password), or the reason it cannot be created.</summary>
    public static (Account? Account, string? Error) Read(IFormCollection form, string county, IReadOnlyList<School> schools,
        IReadOnlyList<Account> existing)
    {
        var role = form["role"].ToString();
        var login = form["login"].ToString().Trim();
        var name = form["name"].ToString().Trim();
        var schoolId = form["school"].ToString().Trim();
        if (role is not ("principal" or "hr"))
        {
            return (null, "请选择角色：校长或人事股。");
        }
        if (!LoginPattern().IsMatch(login))
        {
            return (null, "账号须为 2 至 40 个字母、数字或 . _ -，并以字母或数字开头。");
        }
        if (existing.FirstOrDefault(a => string.Equals(a.Login, login, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            return (null, $"账号“{same.Login}”已存在，请换一个账号名。");
        }
        if (name.Length > MaxName)
        {
            return (null, $"显示名称最多 {MaxName} 个字。");
        }
        if (role == "hr")
        {
            return name.Length == 0 ? (null, "请填写显示名称。") : (new Account(county, login, name, "hr", null, null, 0, null), null);
        }
        if (schoolId.Length == 0)
        {
            return (null, "校长账号须选择学校。");
        }
        if (schools.FirstOrDefault(s => s.Id.Value == schoolId) is not { } school)
        {
            return (null, $"本县最新导入的数据中没有学校代码“{schoolId}”。");
        }
        if (school.ParentSchoolId is { } parent)
        {
            var central = schools.FirstOrDefault(s => s.Id == parent)?.Name ?? parent.Value;
            return (null, $"{school.Name}（{school.Id.Value}）是教学点，由中心校{central}（{parent.Value}）的校长复核，不能单设校长账号。");
        }
        if (existing.FirstOrDefault(a => a.Role == "principal" && a.SchoolId == school.Id.Value) is { } taken)
        {
            return (null, $"{school.Name}已有校长账号“{taken.Login}”（每校只设一个）；更换校长时请重置该账号的密码。");
        }
        return (new Account(county, login, name.Length == 0 ? $"{school.Name}校长" : name, "principal", school.Id.Value, null, 0, null), null);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$")]
    private static partial Regex LoginPattern();
}
