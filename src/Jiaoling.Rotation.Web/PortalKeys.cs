using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Jiaoling.Rotation.Data.Store.Review;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// The data-protection keys that sign session cookies and form tokens: kept in the database so every host on
/// it shares them, and encrypted there with the certificate of <see cref="ReviewOptions.KeyCertificate"/>
/// when one is configured, so a copy of the database alone does not let anyone forge a session.
/// </summary>
public static class PortalKeys
{
    public const string ApplicationName = "jiaoling-rotation-review";

    public static void Add(IServiceCollection services, ReviewOptions options)
    {
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<DataProtectionKeys>((o, keys) => o.XmlRepository = new DatabaseKeyRepository(keys));
        if (string.IsNullOrWhiteSpace(options.KeyCertificate) || !File.Exists(options.KeyCertificate))
        {
            // No certificate (or a missing file, which the options validator reports at start).
            return;
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(options.KeyCertificate, options.KeyCertificatePassword);
        }
        catch (CryptographicException e)
        {
            throw new OptionsValidationException(ReviewOptions.Section, typeof(ReviewOptions),
                [$"Review:KeyCertificate “{options.KeyCertificate}”无法读取（密码不对或不是 PKCS#12 文件）：{e.Message}"]);
        }
        if (!certificate.HasPrivateKey)
        {
            throw new OptionsValidationException(ReviewOptions.Section, typeof(ReviewOptions),
                [$"Review:KeyCertificate “{options.KeyCertificate}”不含私钥，无法解密密钥。"]);
        }
        protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
