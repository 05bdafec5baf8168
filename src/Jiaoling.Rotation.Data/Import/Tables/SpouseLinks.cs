using Jiaoling.Rotation.Domain;
using C = Jiaoling.Rotation.Data.Import.Tables.TeacherColumns;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>Checks spouse_id links once all teachers are read: a known teacher, not oneself, naming each other.</summary>
internal sealed class SpouseLinks
{
    private readonly List<(RowReader Row, TeacherId Id, TeacherId Spouse)> _links = [];
    private readonly Dictionary<TeacherId, TeacherId?> _spouseOf = new();

    public void Add(RowReader row, TeacherId id, TeacherId? spouse)
    {
        _spouseOf[id] = spouse;
        if (spouse is { } s)
        {
            _links.Add((row, id, s));
        }
    }

    public void Check(IReadOnlySet<TeacherId> known)
    {
        foreach (var (row, id, spouse) in _links)
        {
            if (spouse == id)
            {
                row.Error($"{C.SpouseId.Display}“{spouse}”是本人的工号");
            }
            else if (!known.Contains(spouse))
            {
                row.Error($"{C.SpouseId.Display}“{spouse}”不在 teachers 表中");
            }
            else if (_spouseOf.GetValueOrDefault(spouse) != id)
            {
                var back = _spouseOf.GetValueOrDefault(spouse) is { } other ? $"“{other}”" : "空";
                row.Error($"{C.SpouseId.Display}“{spouse}”须与对方互相填写，但 {spouse} 的配偶工号为{back}");
            }
        }
    }
}
