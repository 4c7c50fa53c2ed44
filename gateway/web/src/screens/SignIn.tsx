import { signIn } from "../api/session";
import { ApiError } from "../api/problem";
import { t } from "../i18n/i18n";
import { FormFrame, TextField } from "../forms/fields";
import { useForm } from "../forms/form";
import { location, navigate, paths } from "../router";

/** User name and password → /connect/token; afterwards back to the page the user came from. */
export function SignIn() {
  const search = location.value.search;
  const returnTo = search.get("zurueck");
  const reason = search.get("grund");
  const form = useForm({
    initial: { username: "", password: "" },
    submit: (v) =>
      signIn(v.username, v.password).catch((error: unknown) => {
        // The token endpoint answers in OAuth's terms; the form shows them like any refusal code.
        if (error instanceof ApiError && (error.status === 400 || error.status === 429)) {
          throw new ApiError({ status: error.status, code: error.status === 429 ? "sign-in-too-many" : "sign-in-wrong" });
        }
        throw error;
      }),
    done: () => navigate(returnTo?.startsWith("/") && !returnTo.startsWith("//") ? returnTo : paths.crises(), true),
  });
  return (
    <main id="content" class="sign-in">
      {reason === "abgelaufen" && <p class="notice" role="status">{t("signIn.expired")}</p>}
      {reason === "abgemeldet" && <p class="notice" role="status">{t("signIn.signedOut")}</p>}
      <FormFrame form={form} title="signIn.title" submitLabel="signIn.submit">
        <TextField form={form} name="username" label="signIn.user" autocomplete="username" required />
        <TextField form={form} name="password" label="signIn.password" type="password" autocomplete="current-password" required />
      </FormFrame>
    </main>
  );
}
