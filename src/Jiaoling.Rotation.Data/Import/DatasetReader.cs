using Jiaoling.Rotation.Data.Import.PolicyJson;
using Jiaoling.Rotation.Data.Import.Sources;
using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import;

/// <summary>
/// Reads a dataset folder as the data contract says (CSV or Excel tables, policy.json) and validates it,
/// collecting every problem of every file. Bad input never throws: it comes back as problems.
/// </summary>
public static class DatasetReader
{
    public static ReadResult Read(string folder)
    {
        var log = new ProblemLog();
        var content = DatasetFolder.Load(folder, log);
        var schools = content.Table(SchoolColumns.Schema) is { } s
            ? SchoolsTable.Read(TableView.Open(s, SchoolColumns.Schema, log))
            : SchoolIndex.Missing;
        var teachers = content.Table(TeacherColumns.Schema) is { } t
            ? TeachersTable.Read(TableView.Open(t, TeacherColumns.Schema, log), schools)
            : TeacherIndex.Missing;
        var demand = content.Table(DemandColumns.Schema) is { } d && !IsEmptyDemand(d, log)
            ? DemandTable.Read(TableView.Open(d, DemandColumns.Schema, log), schools)
            : null;
        var distances = content.Table(DistanceColumns.Schema) is { } k
            ? DistancesTable.Read(TableView.Open(k, DistanceColumns.Schema, log), schools)
            : [];
        var decisions = content.Table(DecisionColumns.Schema) is { } r
            ? DecisionsTable.Read(TableView.Open(r, DecisionColumns.Schema, log), schools, teachers)
            : [];
        var policy = content.Policy is { } bytes ? PolicyReader.Read(bytes, log) : new Policy();
        var dataset = log.ErrorCount > 0
            ? null
            : new Dataset
            {
                Schools = schools.Schools, Teachers = teachers.Teachers, Demand = demand, Distances = distances,
                Policy = policy, Decisions = decisions,
            };
        return new ReadResult(dataset, log.Errors, log.Warnings, content.Files);
    }

    /// <summary>
    /// A demand table with a header and no rows — the 需求 sheet of a fill-in workbook left blank — means
    /// no demand was given: no school needing any teacher is never what a county meant, so the demand is
    /// derived, with a warning saying so.
    /// </summary>
    private static bool IsEmptyDemand(RawTable table, ProblemLog log)
    {
        if (table.Rows.Any(r => !r.IsBlank))
        {
            return false;
        }
        log.Warn(table.File, 1, "需求表没有数据行，已按课程方案和编制标准测算各校需求");
        return true;
    }
}
