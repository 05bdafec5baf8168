namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// The page for one affected school's principal: every plan row concerning the school with its reason,
/// the staff quota (编制; empty when schools.csv gives none) against the headcount before and after
/// (超编/空编/满编, empty without a quota), each subject's need and staffing before
/// and after, and the school's indicators; dated the policy's signing date.
/// </summary>
public sealed record SchoolPage(
    string SchoolId,
    string Name,
    string Town,
    string Area,
    string Level,
    string Year,
    string Date,
    string HeadcountBefore,
    string HeadcountAfter,
    string StaffQuota,
    string QuotaBefore,
    string QuotaAfter,
    string LeavingCount,
    string ArrivingCount,
    IReadOnlyList<SchoolMove> Moves,
    IReadOnlyList<SubjectStaffing> Subjects,
    IReadOnlyList<ValueChange> Indicators,
    string UnmetBefore,
    string UnmetAfter,
    string Issuer);
