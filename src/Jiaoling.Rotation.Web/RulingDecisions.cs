using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// HR's rulings as decisions, teacher by teacher in the order they were made: forbids add up (one per
/// school); a <c>require</c> or <c>stay</c> replaces the teacher's earlier one, and a later ruling on a
/// school replaces an earlier, contrary ruling on it; <c>withdraw</c> clears the teacher's rulings. The
/// result never holds two require/stay decisions for a teacher, nor require and forbid of one school,
/// which the contract calls invalid.
/// </summary>
public static class RulingDecisions
{
    public static ILookup<TeacherId, Decision> Of(IReadOnlyList<Ruling> rulings)
    {
        var byTeacher = new Dictionary<TeacherId, List<Decision>>();
        foreach (var r in rulings.OrderBy(r => r.Id))
        {
            var teacher = new TeacherId(r.TeacherId);
            var list = byTeacher.TryGetValue(teacher, out var have) ? have : byTeacher[teacher] = [];
            var school = r.SchoolId is null ? (SchoolId?)null : new SchoolId(r.SchoolId);
            switch (r.Decision)
            {
                case "withdraw":
                    list.Clear();
                    break;
                case "forbid" when school is not null:
                    list.RemoveAll(d => d.School == school);
                    list.Add(new Decision(teacher, DecisionKind.Forbid, school));
                    break;
                case "require" when school is not null:
                    list.RemoveAll(d => d.Kind is DecisionKind.Require or DecisionKind.Stay || d.School == school);
                    list.Add(new Decision(teacher, DecisionKind.Require, school));
                    break;
                case "stay":
                    list.RemoveAll(d => d.Kind is DecisionKind.Require or DecisionKind.Stay);
                    list.Add(new Decision(teacher, DecisionKind.Stay, null));
                    break;
            }
        }
        return byTeacher.SelectMany(kv => kv.Value).ToLookup(d => d.Teacher);
    }
}
