namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// The tables of the data contract in the order the contract lists them, each with its columns (English name,
/// Chinese alias, required or not): what the importer accepts and the fill-in workbook (<c>template</c>) lays out.
/// </summary>
public static class ContractTables
{
    /// <summary>The name of the fill-in workbook's sheet of instructions, which the importer passes over.</summary>
    public const string InstructionsSheet = "说明";

    public static readonly IReadOnlyList<TableSchema> All =
        [SchoolColumns.Schema, TeacherColumns.Schema, DemandColumns.Schema, DistanceColumns.Schema, DecisionColumns.Schema];
}
