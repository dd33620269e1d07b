import { LANGUAGE_NAMES, LANGUAGES, type Language } from "@baton/shared/i18n";
import { useT } from "./i18n";

/**
 * The shell's language select. Its label is bilingual ("Language / Taal") so a reader who landed in
 * the wrong language still finds it; each language is named in itself.
 */
export function LanguageSwitcher({
  current,
  onChange,
}: {
  current: Language;
  onChange: (language: Language) => void;
}) {
  const t = useT();
  return (
    <label class="language">
      <span class="muted">{t("dashboard.language")}</span>{" "}
      <select
        value={current}
        onChange={(e) => {
          const value = e.currentTarget.value;
          const language = LANGUAGES.find((l) => l === value);
          if (language !== undefined) onChange(language);
        }}
      >
        {LANGUAGES.map((language) => (
          <option value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
