namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>post_school_id（人事关系学校）: the school holding the post of a teacher on rotation, checked on import.</summary>
public sealed class PostSchoolTests
{
    private static string Teachers(string post1, string end1, string post2 = "", string end2 = "", string post3 = "", string end3 = "") =>
        BadSpellingTests.WithColumn("last_rotation_end,人事关系学校", $"{end1},{post1}", $"{end2},{post2}", $"{end3},{post3}");

    [Fact]
    public void A_teacher_on_rotation_reads_the_post_school_and_the_others_keep_none()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", Teachers("S3", "2029-08-31"));

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        var teachers = result.Dataset!.Teachers;
        Assert.Equal(("S3", "S1"), (teachers[0].PostSchoolId?.Value, teachers[0].SchoolId.Value));
        Assert.Equal("S3", teachers[0].PostSchool.Value);
        Assert.Equal((null, "S2"), (teachers[1].PostSchoolId?.Value, teachers[1].PostSchool.Value));
    }

    [Fact]
    public void A_post_school_not_in_the_schools_table_is_an_error_at_its_line()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", Teachers("", "", "S9", "2029-08-31"));

        var error = Assert.Single(dataset.Read().Errors);

        Assert.Equal("teachers.csv:3: post_school_id（人事关系学校）“S9”不在 schools 表中", error.ToString());
    }

    [Fact]
    public void A_post_school_without_the_teachers_stage_is_an_error()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", Teachers("S2", "2029-08-31"));

        var error = Assert.Single(dataset.Read().Errors);

        Assert.Equal("teachers.csv:2: post_school_id（人事关系学校）“S2”的学段类型为 junior（初中），没有该教师任教的小学学段", error.ToString());
    }

    [Fact]
    public void A_rotation_ending_before_the_teacher_came_to_the_school_is_an_error()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", Teachers("S3", "2009-08-31"));

        var error = Assert.Single(dataset.Read().Errors);

        Assert.Equal("teachers.csv:2: 该教师人事关系在学校“S3”、正在本校“S1”交流，但上次交流结束日期 2009-08-31 早于本校任教起始日期 " +
                     "2010-09-01（last_rotation_end < school_start_date）：交流不能在到本校任教之前结束；请核对这两个日期", error.ToString());
    }

    [Fact]
    public void A_rotation_end_before_the_school_start_is_no_error_for_a_teacher_at_the_own_post()
    {
        // A rotation that ended elsewhere before the teacher moved here, as the sample county has.
        using var dataset = TempDataset.Valid().With("teachers.csv", Teachers("", "2009-08-31"));

        Assert.True(dataset.Read().Ok);
    }

    [Fact]
    public void Rotations_without_an_end_date_are_one_warning_with_the_count_and_the_first_rows()
    {
        using var dataset = TempDataset.Valid().With("teachers.csv", Teachers("S3", "", "S3", "", "S3", ""));

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal("teachers.csv:2: warning: 该教师人事关系在学校“S3”、正在本校“S1”交流，但未填写上次交流结束日期（last_rotation_end），" +
                     "系统只能视其为不在交流期内；请填写本次交流的结束（期满）日期（共 3 行，如第 2、3、4 行）",
            Assert.Single(result.Warnings).ToString());
    }
}
