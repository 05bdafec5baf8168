using System.Xml.Linq;
using Jiaoling.Rotation.Data.Store.Review;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Jiaoling.Rotation.Web;

/// <summary>The data-protection key repository on the shared database (see <see cref="DataProtectionKeys"/>).</summary>
public sealed class DatabaseKeyRepository(DataProtectionKeys keys) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => keys.All();

    public void StoreElement(XElement element, string friendlyName) => keys.Add(element, friendlyName);
}
