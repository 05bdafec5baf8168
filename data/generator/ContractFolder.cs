using System.Globalization;
using System.Text;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>
/// Writes a dataset as a county folder in the data contract's format: schools.csv, teachers.csv,
/// demand.csv (when the dataset has demand) and policy.json, UTF-8 without BOM, LF line ends.
/// </summary>
public static class ContractFolder
{
    /// <summary>The files <see cref="Write"/> may write.</summary>
    public static readonly string[] FileNames = ["schools.csv", "teachers.csv", "demand.csv", "policy.json"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Dataset dataset, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "schools.csv"), ContractCsv.Schools(dataset.Schools), Utf8);
        File.WriteAllText(Path.Combine(folder, "teachers.csv"), ContractCsv.Teachers(dataset.Teachers), Utf8);
        var demand = Path.Combine(folder, "demand.csv");
        if (dataset.Demand is { } rows)
        {
            File.WriteAllText(demand, ContractCsv.Demand(rows), Utf8);
        }
        else
        {
            // A folder written over keeps no demand.csv of an earlier generation.
            File.Delete(demand);
        }
        File.WriteAllText(Path.Combine(folder, "policy.json"), PolicyJson(dataset.Policy), Utf8);
    }

    private static string PolicyJson(Policy p)
    {
        var c = CultureInfo.InvariantCulture;
        return string.Join('\n',
            "{",
            $"  \"plan_start_date\": \"{p.PlanStartDate:yyyy-MM-dd}\",",
            $"  \"term_years\": {p.TermYears},",
            $"  \"min_years_at_school\": {p.MinYearsAtSchool},",
            $"  \"principal_max_years\": {p.PrincipalMaxYears},",
            $"  \"retirement_exemption_years\": {p.RetirementExemptionYears},",
            $"  \"exchange_scope\": \"{Codes.Scope.Code(p.ExchangeScope)}\",",
            $"  \"min_exchange_ratio\": {p.MinExchangeRatio.ToString(c)},",
            $"  \"min_backbone_share\": {p.MinBackboneShare.ToString(c)},",
            $"  \"max_outflow_ratio\": {p.MaxOutflowRatio.ToString(c)},",
            $"  \"max_transfer_km\": {p.MaxTransferKm.ToString(c)},",
            $"  \"couple_max_km\": {p.CoupleMaxKm.ToString(c)},",
            $"  \"itinerant_max_km\": {p.ItinerantMaxKm.ToString(c)},",
            $"  \"issuer\": \"{p.Issuer}\",",
            $"  \"doc_number_prefix\": \"{p.DocNumberPrefix}\",",
            $"  \"contact_person\": \"{p.ContactPerson}\",",
            $"  \"contact_phone\": \"{p.ContactPhone}\",",
            $"  \"supervision_phone\": \"{p.SupervisionPhone}\"",
            "}",
            "");
    }
}
