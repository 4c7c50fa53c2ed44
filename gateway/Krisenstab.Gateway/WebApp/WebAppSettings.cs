using Krisenstab.ServiceDefaults.Startup;

namespace Krisenstab.Gateway.WebApp;

/// <summary>The feedback contact of the accessibility statement (BITV 2.0 § 7), from <c>Krisenstab:WebApp:Accessibility</c>.</summary>
public sealed record AccessibilityContact(string? Name, string? Email, string? Phone)
{
    public const string Section = "Krisenstab:WebApp:Accessibility";

    /// <summary>The configured contact, or null when none is set; an e-mail address that cannot be one stops the start.</summary>
    public static AccessibilityContact? FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var contact = new AccessibilityContact(section["ContactName"], section["ContactEmail"], section["ContactPhone"]);
        if (string.IsNullOrWhiteSpace(contact.Email))
        {
            return null;
        }
        return contact.Email.Contains('@', StringComparison.Ordinal) && !contact.Email.Contains(' ', StringComparison.Ordinal)
            ? contact
            : throw new StartupConfigurationException($"{Section}:ContactEmail must be an e-mail address, not '{contact.Email}'.");
    }
}

/// <summary>What the page reads at <c>/web/settings</c> before anyone signs in.</summary>
public sealed record WebAppSettings(AccessibilityContact? AccessibilityContact);
