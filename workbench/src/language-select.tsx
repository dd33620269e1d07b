/** The workbench's language switch: each language named in itself, so anyone finds their own. */
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from "@baton/shared/i18n";

interface Props {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
}

export function LanguageSelect({ label, value, onChange }: Props) {
  return (
    <label class="row">
      {label}
      <select
        value={value}
        data-testid="workbench-language"
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isLanguage(chosen)) onChange(chosen);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
