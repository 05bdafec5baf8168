namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>Each invalid case of the contract's tables is reported at its FILE:LINE, every one of them.</summary>
public sealed class InvalidTableTests
{
    private const string SchoolRow = "S4,新校,蕉城镇,urban,primary,10,1,0,0,24.6,116.1,G1";
    private const string TeacherRow = "T4,陈明,F,1990-01-01,S1,primary,ART,second,none,bachelor,2015-09-01,teacher,,";

    public static TheoryData<string, string, string, string[]> Cases => new()
    {
        // schools.csv
        { "duplicate school id", "schools.csv", Schools("S1,重复,蕉城镇,urban,primary,10,1,0,0,24.6,116.1,G1"), ["schools.csv:5"] },
        { "unknown area", "schools.csv", Schools(SchoolRow.Replace("urban", "city")), ["schools.csv:5"] },
        { "negative count", "schools.csv", Schools(SchoolRow.Replace(",10,1,", ",-10,1,")), ["schools.csv:5"] },
        { "students without classes", "schools.csv", Schools(SchoolRow.Replace(",10,1,", ",10,0,")), ["schools.csv:5"] },
        { "junior students at a primary school", "schools.csv", Schools(SchoolRow.Replace(",0,0,", ",20,1,")), ["schools.csv:5"] },
        { "unparsable latitude", "schools.csv", Schools(SchoolRow.Replace("24.6", "北纬24.6")), ["schools.csv:5"] },
        { "ragged row", "schools.csv", Schools("S4,新校,蕉城镇,urban,primary,10,1"), ["schools.csv:5"] },
        {
            "three bad rows give three errors", "schools.csv",
            Schools(SchoolRow.Replace("urban", "x"), SchoolRow.Replace("S4", "S5").Replace("primary", "y"),
                SchoolRow.Replace("S4", "S6").Replace("116.1", "")),
            ["schools.csv:5", "schools.csv:6", "schools.csv:7"]
        },
        {
            "missing required column", "schools.csv",
            "school_id,name,town,level,lat,lon\nS1,一小,蕉城镇,primary,24.6,116.1\nS2,二中,蕉城镇,junior,24.6,116.1\nS3,三校,长潭镇,nine_year,24.5,116.1",
            ["schools.csv:1"]
        },
        {
            "unknown parent school of a teaching point", "schools.csv",
            "school_id,name,town,area,level,teaching_point,parent_school_id,weak,lat,lon\n" +
            "S1,一小,蕉城镇,urban,primary,false,,否,24.6,116.1\nS2,二中,蕉城镇,town,junior,false,,是,24.6,116.1\n" +
            "S3,三校,长潭镇,rural,nine_year,true,S9,false,24.5,116.1",
            ["schools.csv:4"]
        },
        {
            "unparsable boolean", "schools.csv",
            "school_id,name,town,area,level,weak,lat,lon\nS1,一小,蕉城镇,urban,primary,maybe,24.6,116.1\n" +
            "S2,二中,蕉城镇,town,junior,,24.6,116.1\nS3,三校,长潭镇,rural,nine_year,1,24.5,116.1",
            ["schools.csv:2"]
        },
        // teachers.csv
        { "duplicate teacher id", "teachers.csv", Teachers(TeacherRow.Replace("T4", "T1")), ["teachers.csv:5"] },
        { "unknown school of a teacher", "teachers.csv", Teachers(TeacherRow.Replace(",S1,", ",S9,")), ["teachers.csv:5"] },
        { "a stage the school lacks", "teachers.csv", Teachers(TeacherRow.Replace(",S1,", ",S2,")), ["teachers.csv:5"] },
        {
            "principal without role start date", "teachers.csv",
            Teachers(TeacherRow.Replace(",S1,primary,", ",S2,junior,").Replace("teacher,", "principal,")), ["teachers.csv:5"]
        },
        {
            "two principals at one school", "teachers.csv",
            Teachers(TeacherRow.Replace("teacher,,", "principal,2020-09-01,")), ["teachers.csv:5"]
        },
        { "unknown spouse", "teachers.csv", Teachers(TeacherRow + "T9"), ["teachers.csv:5"] },
        { "one-sided spouse link", "teachers.csv", Teachers(TeacherRow + "T1"), ["teachers.csv:5"] },
        { "30 February", "teachers.csv", Teachers(TeacherRow.Replace("1990-01-01", "1990-02-30")), ["teachers.csv:5"] },
        { "unknown subject", "teachers.csv", Teachers(TeacherRow.Replace("ART", "MUSIC")), ["teachers.csv:5"] },
        { "unknown title label", "teachers.csv", Teachers(TeacherRow.Replace("second", "中级")), ["teachers.csv:5"] },
        // demand.csv
        { "repeated demand key", "demand.csv", Demand("S1,primary,CHN,2", "S1,小学,语文,3"), ["demand.csv:3"] },
        { "two decimals of FTE", "demand.csv", Demand("S1,primary,CHN,1.25"), ["demand.csv:2"] },
        { "negative FTE", "demand.csv", Demand("S1,primary,CHN,-1"), ["demand.csv:2"] },
        { "demand for a stage the school lacks", "demand.csv", Demand("S1,junior,CHN,1"), ["demand.csv:2"] },
        { "demand of an unknown school", "demand.csv", Demand("S9,primary,CHN,1"), ["demand.csv:2"] },
        // distances.csv
        { "distance to an unknown school", "distances.csv", Distances("S1,S9,3"), ["distances.csv:2"] },
        { "negative distance", "distances.csv", Distances("S1,S2,-3"), ["distances.csv:2"] },
        { "repeated pair both ways", "distances.csv", Distances("S1,S2,3", "S2,S1,4"), ["distances.csv:3"] },
        // decisions.csv
        { "two requires for a teacher", "decisions.csv", Decisions("T1,require,S3", "T1,require,S2"), ["decisions.csv:3"] },
        { "stay and require for a teacher", "decisions.csv", Decisions("T1,stay,", "T1,require,S3"), ["decisions.csv:3"] },
        { "require and forbid one school", "decisions.csv", Decisions("T1,forbid,S3", "T1,必须,S3"), ["decisions.csv:3"] },
        { "stay with a school", "decisions.csv", Decisions("T1,stay,S3"), ["decisions.csv:2"] },
        { "require without a school", "decisions.csv", Decisions("T1,require,"), ["decisions.csv:2"] },
        { "forbid without a school", "decisions.csv", Decisions("T1,forbid,"), ["decisions.csv:2"] },
        { "decision on an unknown teacher", "decisions.csv", Decisions("T9,stay,"), ["decisions.csv:2"] },
        { "decision with an unknown code", "decisions.csv", Decisions("T1,maybe,S3"), ["decisions.csv:2"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_table_is_reported_at_each_bad_line(string because, string file, string text, string[] expected)
    {
        using var dataset = TempDataset.Valid().With(file, text);

        var result = dataset.Read();

        Assert.True(expected.SequenceEqual(result.Errors.Select(e => $"{e.File}:{e.Line}")),
            $"{because}: expected {string.Join(" ", expected)} but got\n{string.Join("\n", result.Errors)}");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_duplicate_names_the_line_of_the_first()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", Teachers(TeacherRow.Replace("T4", "T2")));

        var error = Assert.Single(dataset.Read().Errors);

        Assert.Equal("teachers.csv:5: teacher_id（工号）“T2”重复，首次出现在第 3 行", error.ToString());
    }

    [Fact]
    public void An_unknown_code_quotes_the_value_and_lists_the_valid_ones()
    {
        using var dataset = TempDataset.Valid().With("schools.csv", Schools(SchoolRow.Replace("urban", "city")));

        var error = Assert.Single(dataset.Read().Errors);

        Assert.Equal("schools.csv:5: area（城乡类型）的值“city”无效，应为以下之一：urban(城区), town(镇区), rural(乡村)", error.ToString());
    }

    [Fact]
    public void Missing_required_files_are_reported_at_line_1()
    {
        using var dataset = TempDataset.Empty();

        var result = dataset.Read();

        Assert.Equal(["schools.csv:1", "teachers.csv:1"], result.Errors.Select(e => $"{e.File}:{e.Line}"));
    }

    [Fact]
    public void Problems_of_all_files_come_together_sorted_by_file_then_line()
    {
        using var dataset = TempDataset.Valid()
            .With("teachers.csv", Teachers(TeacherRow.Replace("T4", "T1"), TeacherRow.Replace("ART", "X").Replace("T4", "T5")))
            .With("schools.csv", Schools(SchoolRow.Replace("urban", "city")))
            .With("demand.csv", Demand("S9,primary,CHN,1"));

        var result = dataset.Read();

        Assert.Equal(["demand.csv:2", "schools.csv:5", "teachers.csv:5", "teachers.csv:6"],
            result.Errors.Select(e => $"{e.File}:{e.Line}"));
    }

    private static string Schools(params string[] rows) => string.Join("\n", [TempDataset.Schools, .. rows]);

    private static string Teachers(params string[] rows) => string.Join("\n", [TempDataset.Teachers, .. rows]);

    private static string Demand(params string[] rows) => string.Join("\n", ["school_id,stage,subject,required_fte", .. rows]);

    private static string Distances(params string[] rows) => string.Join("\n", ["from_school_id,to_school_id,km", .. rows]);

    private static string Decisions(params string[] rows) => string.Join("\n", ["teacher_id,decision,school_id", .. rows]);
}
