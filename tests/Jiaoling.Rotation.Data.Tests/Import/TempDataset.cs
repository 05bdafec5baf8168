using System.Text;
using Jiaoling.Rotation.Data.Import;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>A dataset folder in the temp directory, starting from a small valid county, deleted after the test.</summary>
internal sealed class TempDataset : IDisposable
{
    public const string Schools = """
        school_id,name,town,area,level,primary_students,primary_classes,junior_students,junior_classes,lat,lon,group_id
        S1,蕉城一小,蕉城镇,urban,primary,400,10,0,0,24.65,116.17,G1
        S2,蕉城二中,蕉城镇,town,junior,0,0,300,8,24.60,116.10,G1
        S3,长潭学校,长潭镇,rural,nine_year,100,6,50,3,24.50,116.15,G2
        """;

    public const string Teachers = """
        teacher_id,name,gender,birth_date,school_id,stage,subject,title,backbone,education,school_start_date,role,role_start_date,spouse_id
        T1,李丽,F,1980-01-01,S1,primary,CHN,first,none,bachelor,2010-09-01,teacher,,T2
        T2,张海,M,1981-02-03,S2,junior,MATH,first,none,bachelor,2011-09-01,teacher,,T1
        T3,王超,M,1970-05-06,S1,primary,MATH,senior,county,bachelor,2005-09-01,principal,2015-09-01,
        """;

    private TempDataset()
    {
        Folder = Path.Combine(Path.GetTempPath(), "jiaoling-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>The small valid county: three schools, three teachers (a couple and a principal).</summary>
    public static TempDataset Valid() => new TempDataset().With("schools.csv", Schools).With("teachers.csv", Teachers);

    public static TempDataset Empty() => new();

    public TempDataset With(string file, string text) => WithBytes(file, Encoding.UTF8.GetBytes(text));

    public TempDataset WithBytes(string file, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Folder, file), bytes);
        return this;
    }

    public TempDataset Without(string file)
    {
        File.Delete(Path.Combine(Folder, file));
        return this;
    }

    public ReadResult Read() => DatasetReader.Read(Folder);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
