using System.Text.RegularExpressions;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Register;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jiaoling.Rotation.Planning;

/// <summary>Registers the PostgreSQL store: one NpgsqlDataSource, the stores on it, and validated options.</summary>
public static partial class StoreServices
{
    public const string ConnectionStringName = "Rotation";

    public static IServiceCollection AddRotationStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.Section))
            .Validate(o => CountyKey().IsMatch(o.County), "Store:County 只能由小写字母、数字、_ 和 - 组成（最长 40 个字符）。")
            .Validate(o => o.HealthTimeout > TimeSpan.Zero, "Store:HealthTimeout 必须大于 0。")
            .ValidateOnStart();
        services.AddSingleton(_ => NpgsqlDataSource.Create(ConnectionString(configuration)));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<DatasetWriter>();
        services.AddSingleton<DatasetLoader>();
        services.AddSingleton<JobQueue>();
        services.AddSingleton<JobLeases>();
        services.AddSingleton<JobRecovery>();
        services.AddSingleton<RunReader>();
        services.AddSingleton<RegisterWriter>();
        services.AddSingleton<RegisterReader>();
        services.AddSingleton<Rollover.DatasetRollover>();
        services.AddSingleton<StorePlanning>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The configured connection string, or a <see cref="StoreException"/> saying where to set it.</summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(value)
            ? throw new StoreException(
                "未配置数据库连接：请在 appsettings.json 的 ConnectionStrings:Rotation 或环境变量 ConnectionStrings__Rotation 中给出 PostgreSQL 连接字符串。")
            : value;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$")]
    private static partial Regex CountyKey();
}
