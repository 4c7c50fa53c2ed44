using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Krisenstab.Gateway.Auth;

/// <summary>An RSA key (signing access tokens, or encrypting refresh tokens) kept in a PEM file, so tokens stay valid across restarts.</summary>
internal static class SigningKeyFile
{
    public static RsaSecurityKey LoadOrCreate(string path)
    {
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using var file = new StreamWriter(path, options);
            file.Write(rsa.ExportRSAPrivateKeyPem());
        }
        return new RsaSecurityKey(rsa) { KeyId = Convert.ToHexStringLower(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16] };
    }
}
