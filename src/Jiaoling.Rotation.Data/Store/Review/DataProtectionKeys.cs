using System.Xml.Linq;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>
/// Stores ASP.NET Core data-protection key XML in PostgreSQL, so every host on the database signs and
/// reads session cookies and antiforgery tokens with the same keys (and restarts keep sessions).
/// The interface is synchronous; keys are read rarely (at start and when they roll).
/// </summary>
public sealed class DataProtectionKeys(NpgsqlDataSource dataSource)
{
    public IReadOnlyCollection<XElement> All()
    {
        using var conn = dataSource.OpenConnection();
        using var cmd = Sql.Command(conn, null, "select xml from data_protection_keys order by id");
        using var r = cmd.ExecuteReader();
        var keys = new List<XElement>();
        while (r.Read())
        {
            keys.Add(XElement.Parse(r.GetString(0)));
        }
        return keys;
    }

    public void Add(XElement element, string? friendlyName)
    {
        using var conn = dataSource.OpenConnection();
        using var cmd = Sql.Command(conn, null, "insert into data_protection_keys (friendly_name, xml) values (@n, @x)",
            ("n", friendlyName), ("x", element.ToString(SaveOptions.DisableFormatting)));
        cmd.ExecuteNonQuery();
    }
}
