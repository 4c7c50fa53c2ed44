import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/i18n";

interface Contact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Erklärung zur Barrierefreiheit (BITV 2.0 § 7) with the feedback contact the operator configured. Open to everyone. */
export function Accessibility() {
  const [contact, setContact] = useState<Contact | null>();
  useEffect(() => {
    void fetch("/web/settings")
      .then((r) => (r.ok ? (r.json() as Promise<{ accessibilityContact?: Contact | null }>) : {}))
      .then((s) => setContact("accessibilityContact" in s ? s.accessibilityContact ?? null : null))
      .catch(() => setContact(null));
  }, []);
  return (
    <main id="content" class="statement">
      <h1>{t("a11y.title")}</h1>
      <p>{t("a11y.intro")}</p>
      <h2>{t("a11y.statusTitle")}</h2>
      <p>{t("a11y.status")}</p>
      <h2>{t("a11y.limitsTitle")}</h2>
      <p>{t("a11y.limits")}</p>
      <h2>{t("a11y.feedbackTitle")}</h2>
      <p>{t("a11y.feedback")}</p>
      {contact?.email ? (
        <address data-contact>
          {contact.name && <>{contact.name}<br /></>}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
          {contact.phone && <><br />{contact.phone}</>}
        </address>
      ) : (
        contact === null && <p>{t("a11y.noContact")}</p>
      )}
      <h2>{t("a11y.enforcementTitle")}</h2>
      <p>{t("a11y.enforcement")}</p>
      <p>{t("a11y.created")}</p>
    </main>
  );
}
