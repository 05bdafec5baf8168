using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>The register's SQL: final plans and entries with their plan versions, read the same way everywhere.</summary>
internal static class RegisterQueries
{
    public const string FinalPlans = """
        select f.id, f.county, f.dataset_name, f.version_id, v.version, f.run_id, f.plan_start_date, f.published_by,
               f.published_at, (select count(*)::int from register_entries e where e.final_plan_id = f.id)
        from final_plans f join dataset_versions v on v.id = f.version_id
        """;

    public const string Entries = """
        select e.id, e.county, f.dataset_name, v.version, f.version_id, f.run_id, e.teacher_id, e.teacher_name, e.kind,
               e.from_school_id, e.from_school_name, e.to_school_id, e.to_school_name, e.stage, e.subject, e.share,
               e.start_date, e.end_date, f.published_by, f.published_at
        from register_entries e
        join final_plans f on f.id = e.final_plan_id
        join dataset_versions v on v.id = f.version_id
        """;

    /// <summary>The final plan of the version, or else of the dataset's year (same plan start date), or null.</summary>
    public static async Task<FinalPlan?> FinalOfYearAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string county,
        string datasetName, long versionId, DateOnly planStart, CancellationToken ct)
    {
        await using var cmd = Sql.Command(conn, tx, FinalPlans + """
             where f.county = @c and (f.version_id = @v or (f.dataset_name = @n and f.plan_start_date = @d))
             order by f.version_id = @v desc limit 1
            """, ("c", county), ("v", versionId), ("n", datasetName), ("d", planStart));
        return await Rows.FirstAsync(cmd, ReadFinal, ct);
    }

    public static FinalPlan ReadFinal(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3),
        r.GetInt32(4), r.GetInt64(5), r.GetFieldValue<DateOnly>(6), r.GetString(7), r.GetFieldValue<DateTimeOffset>(8), r.GetInt32(9));

    public static RegisterEntry ReadEntry(NpgsqlDataReader r) => new()
    {
        Id = r.GetInt64(0),
        County = r.GetString(1),
        DatasetName = r.GetString(2),
        DatasetVersion = r.GetInt32(3),
        VersionId = r.GetInt64(4),
        RunId = r.GetInt64(5),
        TeacherId = r.GetString(6),
        TeacherName = r.GetString(7),
        Kind = StoredCode.Parse(Codes.Kind, r.GetString(8), "register_entries.kind"),
        FromSchoolId = r.GetString(9),
        FromSchoolName = r.GetString(10),
        ToSchoolId = r.GetString(11),
        ToSchoolName = r.GetString(12),
        Stage = StoredCode.Parse(Codes.Stage, r.GetString(13), "register_entries.stage"),
        Subject = r.NullableString(14) is { } s ? StoredCode.Subject(s) : null,
        Share = r.GetDecimal(15),
        StartDate = r.GetFieldValue<DateOnly>(16),
        EndDate = r.GetFieldValue<DateOnly>(17),
        PublishedBy = r.GetString(18),
        PublishedAt = r.GetFieldValue<DateTimeOffset>(19),
    };

    /// <summary>A LIKE pattern matching the text anywhere, its wildcards taken literally.</summary>
    public static string Contains(string text) =>
        "%" + text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}
