namespace Jiaoling.Rotation.Generator;

/// <summary>Surnames common in the Hakka county and given-name characters, for invented names.</summary>
internal static class NamePool
{
    private static readonly string[] Surnames =
    [
        "古", "丘", "黄", "钟", "徐", "林", "陈", "李", "张", "温", "罗", "曾", "刘", "谢", "赖", "汤",
        "吴", "杨", "叶", "卢", "邓", "朱", "曹", "王", "何", "廖", "梁", "巫", "蓝", "邱", "胡", "傅",
    ];

    private static readonly string[] Female =
    [
        "丽", "燕", "红", "芳", "敏", "秀", "婷", "玲", "霞", "娟", "雪", "梅", "怡", "欣", "静", "慧",
        "琳", "颖", "倩", "晴", "佳", "思", "雯", "莉", "萍", "春", "兰", "娜", "洁", "琴",
    ];

    private static readonly string[] Male =
    [
        "伟", "强", "杰", "军", "涛", "明", "华", "建", "志", "勇", "浩", "宇", "磊", "辉", "平", "文",
        "超", "斌", "俊", "鹏", "峰", "东", "海", "林", "龙", "彬", "鑫", "毅", "远", "晨",
    ];

    public static string Person(Random random, bool female)
    {
        var chars = female ? Female : Male;
        var given = chars[random.Next(chars.Length)];
        if (random.NextDouble() < 0.7)
        {
            given += chars[random.Next(chars.Length)];
        }
        return Surnames[random.Next(Surnames.Length)] + given;
    }
}
