using System.Net;
using Jiaoling.Rotation.Planning;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Refuses portal settings that cannot work, in one Chinese sentence each. A re-plan is a plan job like any
/// other, so its time limit keeps to the worker's <see cref="WorkerOptions.MaxTimeLimit"/> as the API's jobs do.
/// </summary>
public sealed class ReviewOptionsValidator(IOptions<WorkerOptions> worker) : IValidateOptions<ReviewOptions>
{
    public ValidateOptionsResult Validate(string? name, ReviewOptions o)
    {
        var errors = new List<string>();
        SettingRules.Positive(errors, o.SessionIdle, "Review:SessionIdle");
        SettingRules.Positive(errors, o.Lockout, "Review:Lockout");
        SettingRules.Positive(errors, o.ReplanTimeLimit, "Review:ReplanTimeLimit");
        if (o.SessionLifetime < o.SessionIdle)
        {
            errors.Add($"Review:SessionLifetime（{o.SessionLifetime}）不能小于 Review:SessionIdle（{o.SessionIdle}）。");
        }
        if (o.ReplanTimeLimit > worker.Value.MaxTimeLimit)
        {
            errors.Add($"Review:ReplanTimeLimit（{o.ReplanTimeLimit}）不能超过 Worker:MaxTimeLimit（{worker.Value.MaxTimeLimit}）。");
        }
        if (o.MaxFailedLogins is < 1 or > 100)
        {
            errors.Add($"Review:MaxFailedLogins 应在 1 到 100 之间，现为 {o.MaxFailedLogins}。");
        }
        if (o.LoginsPerMinute < 1)
        {
            errors.Add($"Review:LoginsPerMinute 至少为 1，现为 {o.LoginsPerMinute}。");
        }
        errors.AddRange(o.TrustedProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"Review:TrustedProxies 中的“{p}”不是 IP 地址。"));
        if (!string.IsNullOrWhiteSpace(o.KeyCertificate) && !File.Exists(o.KeyCertificate))
        {
            errors.Add($"Review:KeyCertificate 指定的证书文件“{o.KeyCertificate}”不存在。");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
