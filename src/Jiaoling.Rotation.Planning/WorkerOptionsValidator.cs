using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.Planning;

/// <summary>Refuses worker settings that cannot work, in one Chinese sentence each.</summary>
public sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions o)
    {
        var errors = new List<string>();
        SettingRules.Positive(errors, o.PollInterval, "Worker:PollInterval");
        SettingRules.Positive(errors, o.ProgressInterval, "Worker:ProgressInterval");
        SettingRules.Positive(errors, o.DefaultTimeLimit, "Worker:DefaultTimeLimit");
        if (o.MaxTimeLimit < o.DefaultTimeLimit)
        {
            errors.Add($"Worker:MaxTimeLimit（{o.MaxTimeLimit}）不能小于 Worker:DefaultTimeLimit（{o.DefaultTimeLimit}）。");
        }
        if (o.MaxAttempts is < 1 or > 10)
        {
            errors.Add($"Worker:MaxAttempts 应在 1 到 10 之间，现为 {o.MaxAttempts}。");
        }
        if (o.DefaultWorkers is < 1 or > 64)
        {
            errors.Add($"Worker:DefaultWorkers 应在 1 到 64 之间，现为 {o.DefaultWorkers}。");
        }
        if (string.IsNullOrWhiteSpace(o.HostName))
        {
            errors.Add("Worker:HostName 不能为空。");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
