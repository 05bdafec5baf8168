using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// How a verb that writes documents fails: a template error prints each problem as FILE:LINE:COLUMN, a folder
/// that cannot be written is named; both exit 1 (the contract's "another failure").
/// </summary>
public static class DocumentWriting
{
    public static int Guard(string outFolder, TextWriter stderr, Func<int> write)
    {
        try
        {
            return write();
        }
        catch (TemplateException e)
        {
            foreach (var problem in e.Problems)
            {
                stderr.WriteLine(problem);
            }
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"无法写入输出目录 {outFolder}：{e.Message}");
            return ExitCodes.Failure;
        }
    }
}
