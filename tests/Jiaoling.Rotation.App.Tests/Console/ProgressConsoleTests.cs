using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Planning.Terminal;

namespace Jiaoling.Rotation.App.Tests.Console;

/// <summary>The progress console on its own: a live line on a terminal, throttled plain lines elsewhere.</summary>
public sealed class ProgressConsoleTests
{
    private static readonly QuantityChange Misses = new(new Quantity("未达到最低标准的学校×指标", 45, 0, "项"), new Quantity("未达到最低标准的学校×指标", 38, 0, "项"));

    private static PlanProgress Report(int step, double seconds, bool done = false) =>
        new("standards", 1, 0, TimeSpan.FromSeconds(seconds))
        {
            Step = step, Steps = 5, StepDone = done, TimeLimit = TimeSpan.FromSeconds(54), Changes = [Misses],
        };

    [Fact]
    public void A_report_reads_as_a_numbered_step_with_its_figures_time_spent_and_time_left()
    {
        Assert.Equal("第 2/5 步 每校最低标准：未达到最低标准的学校×指标 45 项 → 38 项，已用 34 秒，约剩 20 秒", ProgressLine.Of(Report(2, 34)));
        Assert.Equal("第 2/5 步 每校最低标准：未达到最低标准的学校×指标 45 项 → 38 项，本步完成，已用 40 秒", ProgressLine.Of(Report(2, 40, done: true)));
    }

    [Fact]
    public void Plain_lines_come_at_a_steps_start_and_end_and_at_most_every_ten_seconds_between()
    {
        var writer = new StringWriter();
        using (var console = new ProgressConsole(writer, live: false))
        {
            foreach (var seconds in new[] { 1.0, 2, 3, 9 })
            {
                console.Report(Report(2, seconds));
            }
            console.Report(Report(2, 12) with { Changes = [Misses with { Now = Misses.Now with { Value = 30 } }] });
            console.Report(Report(2, 13, done: true));
        }

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("已用 1 秒", lines[0]);
        Assert.Contains("45 项 → 30 项，已用 12 秒", lines[1]);
        Assert.Contains("本步完成", lines[2]);
        Assert.DoesNotContain('\u001b', writer.ToString());
    }

    [Fact]
    public void A_live_console_redraws_one_line_with_a_bar_keeps_a_finished_step_and_clears_what_is_left()
    {
        var writer = new StringWriter();
        using (var console = new ProgressConsole(writer, live: true))
        {
            console.Report(Report(2, 27));
            console.Report(Report(2, 30, done: true));
            console.Report(Report(3, 31));
        }

        var text = writer.ToString();
        var draws = text.Split("\r\u001b[2K", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("██████████░░░░░░░░░░ 第 2/5 步", draws[0]);
        Assert.EndsWith("本步完成，已用 30 秒\n", draws[1].Replace(Environment.NewLine, "\n"));
        Assert.StartsWith("███████████░░░░░░░░░ 第 3/5 步", draws[2]);
        Assert.EndsWith("\r\u001b[2K", text);
    }

    [Fact]
    public void A_line_too_wide_for_the_terminal_is_cut_counting_chinese_characters_as_two_columns()
    {
        Assert.Equal("第 2/5 …", TerminalText.Fit("第 2/5 步 每校最低标准", 8));
        Assert.Equal("abc", TerminalText.Fit("abc", 3));
    }
}
