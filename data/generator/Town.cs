using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>A town of the synthetic county: its name, its centre, and the villages its rural schools are named after.</summary>
public sealed record Town(string Name, string Short, GeoPoint Centre, bool Urban, IReadOnlyList<string> Villages)
{
    /// <summary>Eight towns like Jiaoling's, 蕉城镇 the only urban one; the villages are invented names.</summary>
    public static readonly IReadOnlyList<Town> All =
    [
        new("蕉城镇", "蕉城", new GeoPoint(24.6555, 116.1710), true, ["城东", "城西", "东山", "叟乐", "华侨", "新城"]),
        new("长潭镇", "长潭", new GeoPoint(24.5310, 116.1690), false, ["白湖", "石峰", "坪畲", "长安", "东岭", "蕉坑"]),
        new("三圳镇", "三圳", new GeoPoint(24.7445, 116.1700), false, ["九岭", "顺岭", "芳心", "东洲", "招福", "铁坑"]),
        new("新铺镇", "新铺", new GeoPoint(24.6150, 116.0620), false, ["上南", "黄坑", "油坑", "象岭", "同福", "尖坑"]),
        new("文福镇", "文福", new GeoPoint(24.5700, 116.2900), false, ["白湖", "长隆", "逢甲", "溪峰", "龙安", "鸭湖"]),
        new("广福镇", "广福", new GeoPoint(24.8300, 116.2350), false, ["乐干", "石寨", "双坑", "广育", "新村", "坑头"]),
        new("南磜镇", "南磜", new GeoPoint(24.6900, 116.3050), false, ["高思", "南山", "石窟", "黄麻", "径口", "洋坑"]),
        new("蓝坊镇", "蓝坊", new GeoPoint(24.7350, 116.0800), false, ["大地", "高车", "高陂", "联岭", "矮岭", "清溪"]),
    ];
}
