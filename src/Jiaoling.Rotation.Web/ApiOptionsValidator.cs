using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.Web;

/// <summary>Refuses API keys short enough to guess, naming the county, never the key.</summary>
public sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions o)
    {
        var errors = o.Keys.Where(k => k.Value.Length < ApiOptions.MinKeyLength)
            .Select(k => $"Api:Keys:{k.Key} 太短：API 密钥至少 {ApiOptions.MinKeyLength} 个字符（例如 openssl rand -hex 24 的输出）。")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
