import { useEffect } from "preact/hooks";
import { onExpired, session, signOut } from "./api/session";
import { language, setLanguage, t, type TextKey } from "./i18n/i18n";
import { modules } from "./modules";
import { followLink, location, navigate, paths } from "./router";
import { Accessibility } from "./screens/Accessibility";
import { CrisisList } from "./screens/CrisisList";
import { CrisisPicture } from "./screens/CrisisPicture";
import { SignIn } from "./screens/SignIn";

/** The screens by path. A screen that needs a user sends a signed-out visitor to sign in, and back afterwards. */
function Screen({ path, search }: { path: string; search: URLSearchParams }) {
  if (path === "/anmelden") return <SignIn />;
  if (path === "/barrierefreiheit") return <Accessibility />;
  if (!session.value) return null;
  if (path === "/" || path === "/krisen") return <CrisisList />;
  const crisis = /^\/krisen\/([^/]+)$/.exec(path);
  if (crisis?.[1]) return <CrisisPicture crisisId={decodeURIComponent(crisis[1])} />;
  for (const module of modules) {
    const screen = module.screen(path, search);
    if (screen) return screen;
  }
  return <main id="content"><p>{t("app.notFound")}</p></main>;
}

const here = () => window.location.pathname + window.location.search;
const isPublic = (path: string) => path === "/anmelden" || path === "/barrierefreiheit";

export function App() {
  const { path, search } = location.value;
  const wall = search.get("wand") === "1";
  const user = session.value;

  useEffect(() => onExpired(() => navigate(paths.signIn(here(), "abgelaufen"))), []);
  useEffect(() => {
    if (!user && !isPublic(path)) navigate(paths.signIn(here()), true);
  }, [user, path]);
  useEffect(() => {
    document.documentElement.classList.toggle("wall", wall);
    document.documentElement.lang = language.value;
  }, [wall, language.value]);

  const toggleWall = () => {
    const next = new URLSearchParams(search);
    if (wall) next.delete("wand");
    else next.set("wand", "1");
    const query = next.toString();
    navigate(path + (query ? `?${query}` : ""), true);
  };

  return (
    <>
      <a class="skip" href="#content">{t("app.skip")}</a>
      <header class="top no-print">
        <a class="top__brand" href={paths.crises()} onClick={followLink}>{t("app.title")}</a>
        <nav class="top__nav" aria-label={t("app.title")}>
          {user && <a href={paths.crises()} onClick={followLink}>{t("app.crises")}</a>}
          {user && modules.flatMap((m) => m.nav).filter((link) => link.visible()).map((link) => (
            <a key={link.href} href={link.href} onClick={followLink}>{t(link.label)}</a>
          ))}
          <a href={paths.accessibility()} onClick={followLink}>{t("app.accessibility")}</a>
        </nav>
        <div class="top__user">
          <button type="button" class="button button--small" aria-pressed={wall} onClick={toggleWall}>{wall ? t("app.wallOff") : t("app.wall")}</button>
          <button type="button" class="button button--small" lang={language.value === "de" ? "en" : "de"} aria-label={t("app.languageLabel")}
            onClick={() => setLanguage(language.value === "de" ? "en" : "de")}>
            {t("app.language")}
          </button>
          {user && (
            <>
              <span data-user>{t("app.user", { name: user.name, role: user.roles.map((r) => t(`role.${r}` as TextKey)).join(", ") })}</span>
              <button type="button" class="button button--small" onClick={() => { signOut(); navigate(paths.signIn(undefined, "abgemeldet")); }}>
                {t("app.signOut")}
              </button>
            </>
          )}
        </div>
      </header>
      <Screen path={path} search={search} />
    </>
  );
}
