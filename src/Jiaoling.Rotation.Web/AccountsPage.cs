using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// HR's account page (templates/portal/accounts.sbn-html): the county's accounts with what this user may do
/// to each, and the schools that still have no principal account for the "new account" form.
/// </summary>
public static class AccountsPage
{
    public const string Title = "账号管理";

    public static PortalPage Of(Portal user, IReadOnlyList<Account> accounts, IReadOnlyList<School> schools, string? error, int status)
    {
        var names = schools.ToDictionary(s => s.Id.Value, s => s.Name);
        var taken = accounts.Where(a => a.Role == "principal" && a.SchoolId is not null).Select(a => a.SchoolId!).ToHashSet();
        var open = schools.Where(s => s.ParentSchoolId is null && !taken.Contains(s.Id.Value)).OrderBy(s => s.Id);
        return new PortalPage(PortalPage.Accounts, Title, new
        {
            Error = error,
            Accounts = accounts.Select(a => new
            {
                a.Login,
                Name = a.DisplayName,
                Role = RoleName(a.Role),
                School = a.SchoolId is null ? "—" : $"{names.GetValueOrDefault(a.SchoolId, "")}（{a.SchoolId}）",
                State = State(a),
                CanManage = CanManage(user, a),
                a.Disabled,
                IsSelf = a.Login == user.Login,
            }).ToList(),
            OpenSchools = open.Select(s => new { Id = s.Id.Value, s.Name }).ToList(),
            NewAccount.MaxName,
        }, status);
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

    private static string State(Account a) => a.Disabled ? "已停用" : "正常";
}
